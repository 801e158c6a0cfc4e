/**
 * Word rules for page furniture that the document step leaves inside article lines: photo
 * credits after a label and publication-date lines (step 01b marks them in `furniture`; the rule
 * reads the marks), datelines, and headings set in capitals.
 *
 * @module
 */
import { allCapitals, FORM_DROP, formFacts, NO_WORD, perText, TOKEN_CAPS, type KeywordDoc } from '../doc';
import { hasLetter } from '../../../internal/letter-class';
import type { WordRule } from './types';

/** Index of the first token of each token's line (worked out once per text). */
const lineStarts = perText((doc: KeywordDoc): Int32Array => {
  const { tokens, text } = doc;
  const out = new Int32Array(tokens.length);
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      for (let c = tokens[i - 1]!.end; c < tokens[i]!.start; c++) {
        if (text.charCodeAt(c) === 10) {
          first = i;
          break;
        }
      }
    }
    out[i] = first;
  }
  return out;
});

/** Photo credits after a label and publication-date lines (marked by step 01b, `furniture`) are no keyword words. */
export const creditInLine: WordRule = {
  id: 'credit-in-line',
  doc: "a photo credit or date line inside the text ('Bilden är en genrebild. Foto: Bildbyrån', 'Av Redaktionen, Publicerat i går') gives no keywords",
  stage: 'word',
  apply: (i, doc) => (doc.furniture[i] ? NO_WORD : undefined),
};

/** Whether tokens `i..i+2` are an outlet's signature in parentheses (`(TT)`, `(JT)`): 2–5 capitals. */
function outletMark(doc: KeywordDoc, i: number): boolean {
  const { tokens } = doc;
  const a = tokens[i + 1];
  return tokens[i]?.text === '(' && a !== undefined && a.text.length >= 2 && a.text.length <= 5 && allCapitals(a.text) && tokens[i + 2]?.text === ')';
}

/**
 * A place in capitals opening a line and closed by a period (`LULEÅ. Tre mål i första perioden …`)
 * or by the outlet's signature in parentheses (`STOCKHOLM (TT) Regeringen …`) says where and by
 * whom the report was written: neither the place nor the outlet is a topic.
 */
export const dateline: WordRule = {
  id: 'dateline',
  doc: "a place in capitals that opens a report ('LULEÅ. Tre mål …', 'STOCKHOLM (TT) Regeringen …') is a dateline, and its outlet too",
  stage: 'word',
  tokens: TOKEN_CAPS,
  apply(i, doc) {
    const { tokens } = doc;
    const t = tokens[i]!;
    if (!allCapitals(t.text) || i + 2 >= tokens.length) return undefined;
    const line = lineStarts(doc);
    // The outlet of `STOCKHOLM (TT)`: the place opens the line.
    if (i >= 2 && tokens[i - 1]!.text === '(' && outletMark(doc, i - 1) && line[i - 2] === i - 2 && allCapitals(tokens[i - 2]!.text) && tokens[i - 2]!.text.length >= 3) return NO_WORD;
    if (t.text.length < 3 || line[i] !== i) return undefined;
    // The report goes on on the same line after the period or the outlet.
    if (tokens[i + 1]!.text === '.') return line[i + 2] === line[i + 1] ? NO_WORD : undefined;
    return outletMark(doc, i + 1) && i + 4 < tokens.length && line[i + 4] === i ? NO_WORD : undefined;
  },
};

/** 1 for the tokens of lines whose words (at least three) are all in capitals (worked out once per text). */
const capsLineTokens = perText((doc: KeywordDoc): Uint8Array => {
  const { tokens, facts } = doc;
  const out = new Uint8Array(tokens.length);
  const line = lineStarts(doc);
  for (let a = 0; a < tokens.length; ) {
    let b = a;
    let words = 0;
    let caps = true;
    for (; b < tokens.length && line[b] === a; b++) {
      // A word not in capitals rules the line out: only its end is looked for then.
      if (!caps) continue;
      const t = tokens[b]!;
      if (t.kind !== 'word' || !hasLetter(t.text)) continue;
      words++;
      if (!(facts[b]! & TOKEN_CAPS)) caps = false;
    }
    if (caps && words >= 3) out.fill(1, a, b);
    a = b;
  }
  return out;
});

/** In a heading set in capitals, a long word's capitals say nothing: it stands as a common word. */
export const capitalsLine: WordRule = {
  id: 'capitals-line',
  doc: "in a heading in capitals ('KOMMUNEN SÖKER VITTNEN EFTER INBROTTET') words of four letters or more are common words ('vittnen'), not names",
  stage: 'word',
  apply(i, doc) {
    const t = doc.tokens[i]!;
    if (t.text.length < 4 || !capsLineTokens(doc)[i]) return undefined;
    if (t.stopword || formFacts(doc, i) & FORM_DROP) return NO_WORD;
    return { content: true, name: false, head: true, mod: false, display: t.normal, key: t.stem, entity: null, rule: 'capitals-line' };
  },
};
