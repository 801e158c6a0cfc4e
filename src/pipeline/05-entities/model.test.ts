import { describe, expect, it } from 'vitest';
import { WeightTable } from '../../internal/feature-hash';
import { collectFeatures, CTX, docInfo, emitAsNext, emitAsPrevious, emitContextFeatures, featureName, emitWordFeatures, features, gazetteerTags, LABELS, wordInfo, type SentenceInput } from './features';
import { decode, featureKey, score, TableScorer, type Weights } from './model';
import { modelSentences } from './model-spans';
import { buildContext } from '../context';

// Sentences of our own: names mid-sentence, a sentence start, a hyphen, a genitive, a title.
const SENTENCES: SentenceInput[] = [
  { words: ['Statsminister', 'Anna', 'Lind', 'besökte', 'Region', 'Skånes', 'kansli', 'i', 'Malmö', '.'], initial: [true, false, false, false, false, false, false, false, false, false] },
  { words: ['Volvo-chefen', 'sa', 'att', 'FN:s', 'rapport', 'kom', 'från', 'New', 'York', 'igår', '.'], initial: [true, false, false, false, false, false, false, false, false, false, false] },
  { words: ['–', 'Vi', 'åker', 'till', 'Umeå', 'med', 'Erik', 'von', 'Platen', '.'], initial: [true, true, false, false, false, false, false, false, false, false] },
];

describe('entity model: hashed features', () => {
  it('scores a token from the table exactly as from the feature strings', () => {
    const doc = docInfo(SENTENCES);
    // Weights for every feature string the sentences produce, plus some that never occur.
    const all = new Set<string>(['never=seen', 'pw=zzz']);
    const cases: { s: SentenceInput; gz: string[]; i: number; p1: string; p2: string }[] = [];
    for (const s of SENTENCES) {
      const gz = gazetteerTags(s.words);
      for (let i = 0; i < s.words.length; i++) for (const [p1, p2] of [['O', 'O'], ['B-PER', 'O'], ['I-ORG', 'B-ORG']] as const) {
        cases.push({ s, gz, i, p1, p2 });
        for (const f of features(s, gz, doc, i, p1, p2)) all.add(f);
      }
    }
    const strings: Weights = new Map();
    const rows: [number, Int32Array][] = [];
    let seed = 7;
    for (const f of [...all].sort()) {
      const v = new Int32Array(LABELS.length);
      for (let k = 0; k < v.length; k++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; v[k] = (seed % 2001) - 1000; }
      strings.set(f, Float32Array.from(v));
      rows.push([featureKey(f), v]);
    }
    const table = WeightTable.fromRows(LABELS.length, rows);
    expect(table.size).toBe(all.size); // no collisions among these
    const sink = new TableScorer(table);
    const want = new Float64Array(LABELS.length);
    for (const { s, gz, i, p1, p2 } of cases) {
      score(strings, features(s, gz, doc, i, p1, p2), want);
      sink.out.fill(0);
      emitWordFeatures(s.words[i]!, sink);
      emitContextFeatures(s, gz, doc, i, p1, p2, sink);
      expect([...sink.out]).toEqual([...want]);
      // the same sum with the features of a neighbour alone split off, as the model adds them per form id
      sink.out.fill(0);
      emitWordFeatures(s.words[i]!, sink);
      emitContextFeatures(s, gz, doc, i, p1, p2, sink, undefined, CTX.all & ~(CTX.previous | CTX.next));
      emitAsPrevious(wordInfo(i > 0 ? s.words[i - 1]! : '<s>'), i > 0, sink);
      emitAsNext(wordInfo(i + 1 < s.words.length ? s.words[i + 1]! : '</s>'), sink);
      expect([...sink.out]).toEqual([...want]);
      // every group on its own (the model sums most of them per form, label pair, shape or tags)
      sink.out.fill(0);
      emitWordFeatures(s.words[i]!, sink);
      for (const g of [CTX.own, CTX.labels, CTX.shapeLabel, CTX.previous, CTX.next, CTX.gazetteer, CTX.shapeAfter, CTX.previousShape, CTX.nextShape, CTX.rest]) emitContextFeatures(s, gz, doc, i, p1, p2, sink, undefined, g);
      expect([...sink.out]).toEqual([...want]);
    }
  });

  it('labels a sentence the same with its form ids (sums per form) as without', () => {
    const text = 'Statsminister Anna Lind besökte Region Skånes kansli i Malmö. – Vi åker till Umeå och New York med Erik von Platen och Volvo-chefen, sa Lind.';
    const ctx = buildContext(text, { tag: false });
    const sents = modelSentences(ctx);
    const doc = docInfo(sents.map((x) => x.input));
    for (let round = 0; round < 2; round++) {
      for (const { input } of sents) {
        expect(input.ids).toBeDefined();
        const gz = gazetteerTags(input.words);
        expect(gazetteerTags(input.words, undefined, input.ids)).toEqual(gz);
        const { ids: _ids, ...plain } = input;
        expect(decode(input, gz, doc)).toEqual(decode(plain, gz, doc));
      }
    }
    expect(sents.flatMap((x) => decode(x.input, gazetteerTags(x.input.words), doc)).filter((l) => l !== 'O').length).toBeGreaterThan(5);
    // the built-in gazetteer's answers by form id: one-word and multi-word names
    const tags = sents.flatMap((x) => gazetteerTags(x.input.words, undefined, x.input.ids));
    expect(tags.filter((t) => t.startsWith('B-')).length).toBeGreaterThan(3);
    expect(tags).toContain('I-LOC');
    // a soft hyphen is dropped from the model's words: those are no token texts, and get no ids
    expect(modelSentences(buildContext('Finans\u00adinspektionen granskar Volvo.', { tag: false }))[0]!.input.ids).toBeUndefined();
  });

  it('gives each group of context features only from what the model keeps its sum by', () => {
    const doc = docInfo(SENTENCES);
    // group → (key of what the sum is kept by → the features), the same for every token with that key
    const seen = new Map<string, string>();
    const keyOf = (g: number, s: SentenceInput, gz: string[], i: number, p1: string, p2: string): string => {
      const x = wordInfo(s.words[i]!);
      const xp = i > 0 ? wordInfo(s.words[i - 1]!) : undefined;
      if (g === CTX.own) return `${s.words[i]}|${s.initial[i]}`;
      if (g === CTX.labels) return `${p1}|${p2}`;
      if (g === CTX.shapeLabel) return `${x.shape}|${p1}`;
      if (g === CTX.shapeAfter) return `${x.shape}|${!!xp?.fn}|${!!xp?.title}`;
      if (g === CTX.previousShape) return `${i > 0 ? s.words[i - 1] : '<s>'}|${x.shape}`;
      if (g === CTX.nextShape) return `${s.words[i + 1] ?? '</s>'}|${x.shape}`;
      return `${i > 0 ? gz[i - 1] : '<s>'}|${gz[i]}|${gz[i + 1] ?? '</s>'}`;
    };
    let same = 0;
    for (const s of [...SENTENCES, { words: ['Anna', 'Anna', 'Lind', 'och', 'Anna', 'Malmö', 'Malmö'], initial: [true, false, false, false, false, false, true] }]) {
      const gz = gazetteerTags(s.words);
      for (let i = 0; i < s.words.length; i++) for (const [p1, p2] of [['O', 'O'], ['B-PER', 'O'], ['I-PER', 'B-PER'], ['O', 'B-LOC']] as const) {
        for (const g of [CTX.own, CTX.labels, CTX.shapeLabel, CTX.shapeAfter, CTX.previousShape, CTX.nextShape, CTX.gazetteer]) {
          const c = collectFeatures();
          emitContextFeatures(s, gz, doc, i, p1, p2, c, undefined, g);
          const key = `${g}:${keyOf(g, s, gz, i, p1, p2)}`;
          const got = c.out.join(' ');
          if (seen.has(key)) { expect(got).toBe(seen.get(key)); same++; } else seen.set(key, got);
        }
      }
    }
    expect(same).toBeGreaterThan(100);
    // the groups together are every context feature, each once
    const s = SENTENCES[0]!;
    const gz = gazetteerTags(s.words);
    const split = [CTX.own, CTX.labels, CTX.shapeLabel, CTX.previous, CTX.next, CTX.gazetteer, CTX.shapeAfter, CTX.previousShape, CTX.nextShape, CTX.rest].flatMap((g) => {
      const c = collectFeatures();
      emitContextFeatures(s, gz, doc, 2, 'B-PER', 'O', c, undefined, g);
      return c.out;
    });
    const whole = collectFeatures();
    emitContextFeatures(s, gz, doc, 2, 'B-PER', 'O', whole);
    expect(split.sort()).toEqual(whole.out.sort());
  });

  it('finds nothing for a feature the table does not hold', () => {
    const table = WeightTable.fromRows(LABELS.length, [[featureKey('pw=och'), Int32Array.of(5, 0, 0, 0, 0, 0, 0)]]);
    const sink = new TableScorer(table);
    sink.add(featureName('pw='), 'och');
    sink.add(featureName('pw='), 'ocj');
    sink.add(featureName('nw='), 'och');
    expect(sink.out[0]).toBe(5);
  });
});
