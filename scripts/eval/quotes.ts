// STUB (lead): the quotes evaluation is written with its stage.
import type { EvalResult } from './types';

/** Scores the quotes stage. */
export function run(): EvalResult {
  return { name: 'quotes', metrics: {}, gates: {}, report: ['  (not measured yet)'] };
}
