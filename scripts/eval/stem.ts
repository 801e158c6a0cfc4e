// STUB (lead): the stem evaluation is written with its stage.
import type { EvalResult } from './types';

/** Scores the stem stage. */
export function run(): EvalResult {
  return { name: 'stem', metrics: {}, gates: {}, report: ['  (not measured yet)'] };
}
