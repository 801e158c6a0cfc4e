/**
 * `npx tsx scripts/eval/keyword-dropped.ts`: a diagnostic (dev data, never copy its output into the
 * repository): every candidate that the selection dropped inside a chosen longer phrase, with
 * the phrase, whether either is a gold keyword, and facts that may tell the cases apart.
 */
import { findKeywords, keywordCandidates, keywordRankRows } from '../../src/pipeline/07-keywords';
import { documentOf } from '../../src/pipeline/01b-document';
import { fitRanker, rowLogit, trainingDocs } from '../train/keywords';
import { stemKey, stems } from './keyword-match';

const contains = (hay: string[], needle: string[]) => {
  if (needle.length >= hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
};

function main(): void {
  const all = trainingDocs();
  const full = fitRanker(all);
  all.forEach((t, i) => {
    const ranker = fitRanker(all.filter((_, j) => j !== i), full);
    const kws = findKeywords(t.ctx, t.entities, t.quotes, { limit: 100_000, ranker });
    const chosen = kws.map((k) => ({ k, s: stems(k.text) }));
    const chosenKeys = new Set(kws.map((k) => stemKey(k.text)));
    const gold = new Set(t.gold.map(stemKey));
    const { rows } = keywordRankRows(t.ctx, t.entities, t.quotes);
    const logit = rows.map((r) => rowLogit(ranker, r.x));
    const order = rows.map((_, k) => k).sort((a, b) => logit[b]! - logit[a]!);
    const f = (x: Float64Array, name: string) => x[ranker.features.indexOf(name)]!;
    const { all: cs } = keywordCandidates(t.ctx, t.entities, documentOf(t.ctx));
    const byText = new Map<string, { occ: number[] }>();
    for (const c of cs.cands.values()) byText.set(c.best, c);
    const alone = (small: string, big: string) => {
      const a = byText.get(small);
      const b = byText.get(big);
      if (!a || !b) return '?';
      const out = a.occ.filter((o) => !b.occ.some((p) => cs.occs.start[p]! <= cs.occs.start[o]! && cs.occs.end[o]! <= cs.occs.end[p]!));
      return `${out.length} alone, weights ${out.map((o) => cs.occs.weight[o]!.toFixed(1)).join(',')}`;
    };
    order.slice(0, 25).forEach((ci, rank) => {
      const r = rows[ci]!;
      const key = stemKey(r.text);
      if (chosenKeys.has(key)) return;
      const s = stems(r.text);
      const by = chosen.findIndex((c) => contains(c.s, s));
      if (by < 0) return;
      const c = chosen[by]!;
      const tag = `${gold.has(key) ? 'G' : '-'}${gold.has(stemKey(c.k.text)) ? 'G' : '-'}`;
      console.log(`${t.set} ${t.name} ${tag} rank ${rank + 1} "${r.text}" (n ${Math.round(Math.exp(f(r.x, 'log-count')))} title ${f(r.x, 'in-title')} lead ${f(r.x, 'in-lead')}) in #${by + 1} "${c.k.text}" (n ${c.k.count}) ${alone(r.text, c.k.text)}`);
    });
  });
}

main();
