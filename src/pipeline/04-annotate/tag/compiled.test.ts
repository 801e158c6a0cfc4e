// The runtime decoder (`CompiledDecoder`) against the reference decoder (`decode` in ./perceptron):
// the same integer sums, so the same tags, whether a word's role sums are kept in 16 bits (they fit)
// or in 32 (a model whose weights are too large for that).
import { describe, expect, it } from 'vitest';
import { WeightTable } from '../../../internal/feature-hash';
import { TAGGER_MODEL } from '../../../data/sv/tagger-model';
import { sentenceView } from './features';
import { CompiledDecoder, decodeBigramWords, loadModel, PassScorer } from './model';
import { decode } from './perceptron';

const SENTENCES = [
  'Hon läste boken i går kväll .',
  'Regeringen vill sänka skatten för pensionärer med låga inkomster .',
  'Det var kallt i Kiruna när Anna Lindqvist kom hem från Umeå .',
  '– Vi har inte bestämt oss än , säger hon .',
  'Bolaget redovisade en vinst på 12,5 miljoner kronor under tredje kvartalet .',
  'Kan du ringa mig efter klockan 17 ?',
];

const model = loadModel(TAGGER_MODEL);
const table = (model.compiled as unknown as { table: WeightTable }).table;
const bigrams = decodeBigramWords(TAGGER_MODEL.bigrams);

/** The table with every weight times `k` (the same tags: every score is `k` times as large). */
function scaled(k: number): WeightTable {
  const rows = new Map<number, Int32Array>();
  for (let r = 0; r < table.size; r++) {
    const row = new Int32Array(table.classes);
    table.addRow(r, row);
    rows.set(table.keys[r]!, row.map((w) => w * k));
  }
  return WeightTable.fromRows(table.classes, rows);
}

/** Tags of every sentence by the compiled decoder over `tb` and by the reference decoder over it. */
function both(tb: WeightTable): { compiled: number[][]; reference: number[][]; roles: string[] } {
  const c = new CompiledDecoder(tb, TAGGER_MODEL.twoPass, model.decoder.dict, model.classes, bigrams);
  const ref = { pass1: new PassScorer(tb, 1), pass2: TAGGER_MODEL.twoPass ? new PassScorer(tb, 2) : null, dict: model.decoder.dict };
  const compiled: number[][] = [];
  const reference: number[][] = [];
  const roles = new Set<string>();
  for (const s of SENTENCES) {
    const forms = s.split(' ');
    const lowers = forms.map((f) => f.toLowerCase());
    compiled.push(c.decode({ forms, lowers }));
    reference.push(decode(sentenceView(forms, lowers, (l) => model.classes.get(l)), ref));
    for (let i = 0; i < forms.length; i++) roles.add(c.entry(forms[i]!, lowers[i]!).roles.constructor.name);
  }
  return { compiled, reference, roles: [...roles] };
}

describe('CompiledDecoder', () => {
  it('gives the reference decoder’s tags, with 16-bit role sums for the built-in model', () => {
    const r = both(table);
    expect(r.compiled).toEqual(r.reference);
    expect(r.roles).toEqual(['Int16Array']);
  });

  it('keeps 32-bit role sums where a sum does not fit in 16 bits, with the same tags', () => {
    const r = both(scaled(300));
    expect(r.compiled).toEqual(r.reference);
    expect(r.roles).toContain('Int32Array');
    expect(r.compiled).toEqual(both(table).compiled);
  });
});
