// STUB (lead): the pos evaluation is written with its stage.
import type { EvalResult } from './types';

/** Scores the pos stage. */
export function run(): EvalResult {
  return { name: 'pos', metrics: {}, gates: {}, report: ['  (not measured yet)'] };
}
