// STUB (lead): the keywords evaluation is written with its stage.
import type { EvalResult } from './types';

/** Scores the keywords stage. */
export function run(): EvalResult {
  return { name: 'keywords', metrics: {}, gates: {}, report: ['  (not measured yet)'] };
}
