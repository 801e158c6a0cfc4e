/**
 * Part-of-speech and lemma accuracy.
 *
 * 1. End to end (the headline): raw CoNLL 2018 Talbanken test text through the project's own
 *    paragraphs → tokens → sentences → tagger pipeline (`buildContext`), scored as the CoNLL 2018
 *    script does: system and gold tokens are aligned by character span over the text with
 *    whitespace removed; UPOS / lemma correct on aligned tokens ÷ gold tokens. Lemmas are compared
 *    exactly (case-sensitive), a gold lemma `_` counts as correct, as in conll18_ud_eval.py.
 * 2. Gold tokens and sentences: UD Talbanken test (current release) and dev.
 *
 * The model never saw test; hyper-parameters were chosen on dev (and the shipped model is retrained
 * on train + dev, so the dev numbers here are optimistic: the header of the model file has the
 * held-out dev score).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, ROOT } from '../shared-data';
import { buildContext } from '../../src/pipeline/context';
import { tagTokens } from '../../src/pipeline/04-annotate/tag';
import { loadModel } from '../../src/pipeline/04-annotate/tag/model';
import { TAGGER_MODEL } from '../../src/data/sv/tagger-model';
import { readConllu, type GoldToken } from '../train/tagger';
import type { Token, TokenKind } from '../../src/types';
import { nonSpaceIndex } from './tokens';
import type { EvalResult } from './types';


interface Score {
  gold: number;
  system: number;
  aligned: number;
  upos: number;
  lemma: number;
  /** Gold tokens whose lower-cased form the model never saw in training. */
  unknown: number;
  /** Unknown-word tokens with the right UPOS. */
  unknownUpos: number;
}

let known: ReadonlyMap<string, string> | undefined;
/** Whether training saw the lower-cased form (the model's ambiguity classes hold every training form). */
function isKnown(lower: string): boolean {
  known ??= loadModel(TAGGER_MODEL).classes;
  return known.has(lower);
}

function kindOf(form: string): TokenKind {
  if (/\p{L}/u.test(form)) return 'word';
  if (/\p{N}/u.test(form)) return 'number';
  return /^\p{P}+$/u.test(form) ? 'punctuation' : 'symbol';
}

/** Tags gold sentences with gold tokenization. */
function goldTokens(sents: GoldToken[][]): Score {
  const s: Score = { gold: 0, system: 0, aligned: 0, upos: 0, lemma: 0, unknown: 0, unknownUpos: 0 };
  for (const sent of sents) {
    let off = 0;
    const toks: Token[] = sent.map((g) => {
      const t: Token = { text: g.form, start: off, end: off + g.form.length, kind: kindOf(g.form), normal: g.form.normalize('NFC').toLowerCase() };
      off += g.form.length + 1;
      return t;
    });
    const tagged = tagTokens(toks);
    sent.forEach((g, i) => {
      s.gold++;
      s.system++;
      s.aligned++;
      const unk = !isKnown(toks[i]!.normal);
      if (unk) s.unknown++;
      if (tagged[i]!.pos === g.upos) {
        s.upos++;
        if (unk) s.unknownUpos++;
      }
      if (g.lemma === '_' || tagged[i]!.lemma === g.lemma) s.lemma++;
      else if (process.env.POS_SHOW_LEMMA) console.log(`    lemma ${g.form} ${g.upos}/${tagged[i]!.pos} gold=${g.lemma} got=${tagged[i]!.lemma}${unk ? ' (unk)' : ''}`);
      if (process.env.POS_SHOW_UPOS && tagged[i]!.pos !== g.upos) console.log(`    pos ${g.upos}->${tagged[i]!.pos} ${g.form}${unk ? ' (unk)' : ''}`);
    });
  }
  return s;
}

/**
 * Raw text through the whole pipeline, aligned with gold by character span without whitespace.
 * `goldFile` is the CoNLL 2018 gold (UD v2.2 annotation) by default; the current UD test file
 * annotates the same tokens of the same text in current UD conventions.
 */
function endToEnd(goldFile: string = dataPath('ud', 'conll2018-talbanken', 'sv_talbanken-gold.conllu')): Score {
  const text = readFileSync(dataPath('ud', 'conll2018-talbanken', 'sv_talbanken-input.txt'), 'utf8');
  const gold = readConllu(goldFile).flat();
  // Offsets in the text with whitespace removed.
  const nw = nonSpaceIndex(text).idx;
  const goldBySpan = new Map<string, GoldToken>();
  let off = 0;
  for (const g of gold) {
    const len = g.form.replace(/\s/gu, '').length;
    goldBySpan.set(`${off}:${off + len}`, g);
    off += len;
  }
  if (off !== nw[text.length]) throw new Error(`gold forms (${off} chars) do not match the input text (${nw[text.length]} chars)`);
  const ctx = buildContext(text);
  const s: Score = { gold: gold.length, system: ctx.tokens.length, aligned: 0, upos: 0, lemma: 0, unknown: 0, unknownUpos: 0 };
  for (const t of ctx.tokens) {
    const g = goldBySpan.get(`${nw[t.start]}:${nw[t.end]}`);
    if (!g) continue;
    s.aligned++;
    if (t.pos === g.upos) s.upos++;
    if (g.lemma === '_' || t.lemma === g.lemma) s.lemma++;
  }
  return s;
}

/**
 * How far the CoNLL 2018 gold (UD v2.2 annotation) and the current UD test annotation of the same
 * tokens agree: the ceiling for a tagger that follows current UD conventions, scored on the old gold.
 * A measurement of the two gold files only; nothing here tunes the model.
 */
function goldAgreement(): { upos: number; lemma: number } {
  const old = readConllu(dataPath('ud', 'conll2018-talbanken', 'sv_talbanken-gold.conllu')).flat();
  const cur = readConllu(dataPath('ud', 'UD_Swedish-Talbanken', 'sv_talbanken-ud-test.conllu')).flat();
  if (old.length !== cur.length || old.some((t, i) => t.form !== cur[i]!.form)) return { upos: NaN, lemma: NaN };
  let upos = 0;
  let lemma = 0;
  old.forEach((t, i) => {
    if (t.upos === cur[i]!.upos) upos++;
    if (t.lemma === cur[i]!.lemma) lemma++;
  });
  return { upos: upos / old.length, lemma: lemma / old.length };
}

/** The held-out dev line that the trainer wrote into the model header. */
function heldOutDev(): string {
  const header = readFileSync(join(ROOT, 'src', 'data', 'sv', 'tagger-model.ts'), 'utf8').slice(0, 4000);
  return /Scores — (.*)/.exec(header)?.[1] ?? '(not found)';
}

/** Scores the tagger and lemmatizer. */
export function run(): EvalResult {
  const e2e = endToEnd();
  const e2eCurrent = endToEnd(dataPath('ud', 'UD_Swedish-Talbanken', 'sv_talbanken-ud-test.conllu'));
  const test = goldTokens(readConllu(dataPath('ud', 'UD_Swedish-Talbanken', 'sv_talbanken-ud-test.conllu')));
  const dev = goldTokens(readConllu(dataPath('ud', 'UD_Swedish-Talbanken', 'sv_talbanken-ud-dev.conllu')));
  // PUD (translated news and Wikipedia): text unlike Talbanken. Measuring only, never training.
  const pud = goldTokens(readConllu(dataPath('pud-dev', 'sv_pud-dev.conllu')));
  const agree = goldAgreement();
  const metrics: Record<string, number> = {
    'e2e UPOS (CoNLL18 test, raw text)': e2e.upos / e2e.gold,
    'e2e lemma (CoNLL18 test, raw text)': e2e.lemma / e2e.gold,
    'e2e token recall': e2e.aligned / e2e.gold,
    'e2e UPOS (raw text, current UD test gold)': e2eCurrent.upos / e2eCurrent.gold,
    'e2e lemma (raw text, current UD test gold)': e2eCurrent.lemma / e2eCurrent.gold,
    'UPOS, gold tokens (UD test)': test.upos / test.gold,
    'lemma, gold tokens (UD test)': test.lemma / test.gold,
    'UPOS, gold tokens (pud-dev)': pud.upos / pud.gold,
    'lemma, gold tokens (pud-dev)': pud.lemma / pud.gold,
    'unknown-word UPOS (pud-dev)': pud.unknownUpos / pud.unknown,
    'unknown-word UPOS (UD test)': test.unknownUpos / test.unknown,
    'UPOS, gold tokens (dev, trained on)': dev.upos / dev.gold,
    'lemma, gold tokens (dev, trained on)': dev.lemma / dev.gold,
  };
  // The level reached (2026-12-07, branch lemma9: e2e current UD 97.26 / 98.10, UD test 97.28 / 98.10,
  // pud-dev 95.04 / 95.19), rounded down to four places (the scores are deterministic); the
  // tokenizer's recall is reported, not gated here.
  const gates: Record<string, number> = {
    'e2e UPOS (CoNLL18 test, raw text)': 0.9688,
    'e2e lemma (CoNLL18 test, raw text)': 0.9554,
    'e2e UPOS (raw text, current UD test gold)': 0.9725,
    'e2e lemma (raw text, current UD test gold)': 0.9809,
    'UPOS, gold tokens (UD test)': 0.9727,
    'lemma, gold tokens (UD test)': 0.9809,
    'UPOS, gold tokens (pud-dev)': 0.9504,
    'lemma, gold tokens (pud-dev)': 0.9519,
  };
  return {
    name: 'pos',
    metrics,
    gates,
    report: [
      `  pud-dev: ${pud.gold} gold tokens, ${pud.unknown} (${((100 * pud.unknown) / pud.gold).toFixed(1)} %) unknown to the model; UD test: ${((100 * test.unknown) / test.gold).toFixed(1)} % unknown`,
      `  end to end: ${e2e.gold} gold tokens, ${e2e.system} system tokens, ${e2e.aligned} aligned (token F1 ${((2 * e2e.aligned) / (e2e.gold + e2e.system)).toFixed(4)})`,
      '  targets (issue 17): e2e on the current UD annotation UPOS ≥ 0.970, lemma ≥ 0.976; pud-dev UPOS ≥ 0.950, lemma ≥ 0.945.',
      '  CoNLL 2018 Talbanken baselines (UPOS/lemma):',
      '    spaCy sv_core_news_lg 96.4/95.6, UDPipe 1.2 95.6/95.5, Stanza 98.3/97.9',
      '  note: the CoNLL 2018 gold is UD v2.2 annotation; the model follows current UD conventions (modernized train,',
      `        tuned on current dev). The two gold files agree on UPOS ${(100 * agree.upos).toFixed(2)} %, lemma ${(100 * agree.lemma).toFixed(2)} % of the same tokens:`,
      '        that is the ceiling of a perfect current-UD tagger on the e2e gold (annotation drift, not model error).',
      '  dev was part of the final training data; held-out dev score from the model header (trained on train only):',
      `    ${heldOutDev()}`,
    ],
  };
}
