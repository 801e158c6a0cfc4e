// STUB (lead): the tokens evaluation is written with its stage.
import type { EvalResult } from './types';

/** Scores the tokens stage. */
export function run(): EvalResult {
  return { name: 'tokens', metrics: {}, gates: {}, report: ['  (not measured yet)'] };
}
