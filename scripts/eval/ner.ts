// STUB (lead): the ner evaluation is written with its stage.
import type { EvalResult } from './types';

/** Scores the ner stage. */
export function run(): EvalResult {
  return { name: 'ner', metrics: {}, gates: {}, report: ['  (not measured yet)'] };
}
