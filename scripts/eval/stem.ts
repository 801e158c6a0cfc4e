/**
 * Stem evaluation: agreement of `stem()` with the Snowball Swedish reference output
 * (../shared/data/snowball-swedish: `voc.txt` words → `output.txt` stems, 30 738 pairs).
 * Gate: 1.0 — the stemmer is an exact implementation, any mismatch is a bug.
 */
import { readFileSync } from 'node:fs';
import { stem } from '../../src/pipeline/04-annotate/stem';
import { dataPath } from '../shared-data';
import type { EvalResult } from './types';

/** Reads the reference word → stem pairs. */
export function readReference(): Array<[string, string]> {
  const lines = (f: string) => readFileSync(dataPath('snowball-swedish', f), 'utf8').split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
  const voc = lines('voc.txt');
  const out = lines('output.txt');
  if (voc.length !== out.length) throw new Error(`voc.txt has ${voc.length} lines but output.txt ${out.length}`);
  return voc.map((w, i) => [w, out[i]!]);
}

/** Scores the stemmer against the Snowball reference. */
export function run(): EvalResult {
  const pairs = readReference();
  const mismatches: string[] = [];
  let ok = 0;
  for (const [word, expected] of pairs) {
    const got = stem(word);
    if (got === expected) ok++;
    else mismatches.push(`${word} → ${got} (expected ${expected})`);
  }
  const report = [`  ${pairs.length} reference words (Snowball swedish voc.txt → output.txt), ${mismatches.length} mismatches`];
  for (const m of mismatches.slice(0, 20)) report.push(`    ${m}`);
  if (mismatches.length > 20) report.push(`    … and ${mismatches.length - 20} more`);
  return { name: 'stem', metrics: { stem_agreement: ok / pairs.length }, gates: { stem_agreement: 1.0 }, report };
}
