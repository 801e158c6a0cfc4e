/**
 * `npx tsx scripts/eval/keyword-nested-cv.ts`: the keyword ranker's score with its L2 penalty
 * chosen by nested cross-validation, so that no number is read off the articles it is scored on.
 * For each held-out article (outer leave-one-article-out), the penalty is chosen among `GRID` by
 * 5-fold cross-validation over the other articles (mean F1@10 of their inner held-out articles),
 * then the ranker is fitted on all the other articles with it and scores the held-out article.
 * The eval's gated number fixes the penalty at 50 (chosen on the leave-one-out score itself, so
 * slightly optimistic); this script reports how much. A diagnostic (a few minutes), not a gate.
 * `KW_NESTED_LIST=1` also prints each held-out article's penalty and scores (to compare two trees).
 */
import { findKeywords } from '../../src/pipeline/07-keywords';
import { fitRanker, L2, trainingDocs, type TrainingDoc } from '../train/keywords';
import { score } from './keywords';

const GRID = [10, 25, 50, 100, 200];
const FOLDS = 5;
const K = 10;

const f1Of = (d: TrainingDoc, ranker: ReturnType<typeof fitRanker>) =>
  score(
    findKeywords(d.ctx, d.entities, d.quotes, { limit: K, ranker }).map((k) => k.text),
    d.gold,
  );

function main(): void {
  const all = trainingDocs();
  const full = fitRanker(all);
  const chosen = new Map<number, number>();
  const outer = new Map<string, { f1: number[]; topic: number[]; fixedF1: number[]; fixedTopic: number[] }>();
  all.forEach((held, i) => {
    const rest = all.filter((_, j) => j !== i);
    let best = L2;
    let bestF1 = -1;
    for (const l2 of GRID) {
      let sum = 0;
      for (let fold = 0; fold < FOLDS; fold++) {
        const train = rest.filter((_, j) => j % FOLDS !== fold);
        const ranker = fitRanker(train, full, l2);
        rest.forEach((d, j) => {
          if (j % FOLDS === fold) sum += f1Of(d, ranker).f1;
        });
      }
      if (sum > bestF1) {
        bestF1 = sum;
        best = l2;
      }
    }
    chosen.set(best, (chosen.get(best) ?? 0) + 1);
    const s = f1Of(held, fitRanker(rest, full, best));
    const fixed = f1Of(held, fitRanker(rest, full));
    const o = outer.get(held.set) ?? { f1: [], topic: [], fixedF1: [], fixedTopic: [] };
    o.f1.push(s.f1);
    o.fixedF1.push(fixed.f1);
    if (!Number.isNaN(s.topicR)) o.topic.push(s.topicR);
    if (!Number.isNaN(fixed.topicR)) o.fixedTopic.push(fixed.topicR);
    outer.set(held.set, o);
    if (process.env.KW_NESTED_LIST === '1') console.log(`  ${held.name} L2 ${best}: F1 ${s.f1.toFixed(3)} topic ${s.topicR.toFixed(3)}`);
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  for (const [set, o] of outer)
    console.log(`${set}: nested CV F1@10 ${mean(o.f1).toFixed(3)} topic recall@10 ${mean(o.topic).toFixed(3)}  (L2 fixed at ${L2}: ${mean(o.fixedF1).toFixed(3)} / ${mean(o.fixedTopic).toFixed(3)})`);
  console.log(`penalties chosen (L2: outer folds): ${[...chosen].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
}

main();
