/**
 * `npx tsx scripts/eval/keyword-calibration.ts`: a diagnostic (no gate): how often a keyword of our
 * top 20 (leave one article out, no names cap) is an editor's keyword, by kind (name / topic) and
 * by the ranker's probability, to see whether one probability means the same for both kinds.
 */
import { findKeywords } from '../../src/pipeline/07-keywords';
import { fitRanker, trainingDocs } from '../train/keywords';
import { stemKey } from './keyword-match';

function main(): void {
  const all = trainingDocs();
  const full = fitRanker(all);
  const bins = new Map<string, [number, number]>();
  const add = (k: string, g: boolean) => {
    const b = bins.get(k) ?? [0, 0];
    b[0]++;
    if (g) b[1]++;
    bins.set(k, b);
  };
  all.forEach((t, i) => {
    const ranker = fitRanker(all.filter((_, j) => j !== i), full);
    const gold = new Set(t.gold.map(stemKey));
    const kws = findKeywords(t.ctx, t.entities, t.quotes, { limit: 20, ranker });
    let names = 0;
    kws.forEach((k, pos) => {
      const p = k.score / (1 + k.score);
      const band = p < 0.1 ? '<.1' : p < 0.2 ? '.1-.2' : p < 0.3 ? '.2-.3' : p < 0.45 ? '.3-.45' : p < 0.6 ? '.45-.6' : '>.6';
      const g = gold.has(stemKey(k.text));
      add(`${t.set} ${k.kind} ${band}`, g);
      add(`all ${k.kind} ${band}`, g);
      if (k.kind === 'name') add(`all name#${++names}${pos < 10 ? ' top10' : ''}`, g);
    });
  });
  for (const [k, [n, g]] of [...bins].sort()) console.log(`${k.padEnd(32)} ${String(n).padStart(4)} ${(g / n).toFixed(2)}`);
}

main();
