/**
 * Word rules for page furniture that the document step leaves inside article lines: photo
 * credits after a label and publication-date lines (step 01b marks them in `furniture`; the rule
 * reads the marks), datelines, and headings set in capitals.
 *
 * @module
 */
import { allCapitals, FORM_DROP, formFacts, lineStartsOf, NO_WORD, TOKEN_CAPS, TOKEN_CAPS_LINE, TOKEN_FURNITURE, type KeywordDoc } from '../doc';
import type { WordRule } from './types';

/** Photo credits after a label and publication-date lines (marked by step 01b, `furniture`) are no keyword words. */
export const creditInLine: WordRule = {
  id: 'credit-in-line',
  doc: "a photo credit or date line inside the text ('Bilden är en genrebild. Foto: Bildbyrån', 'Av Redaktionen, Publicerat i går') gives no keywords",
  stage: 'word',
  tokens: TOKEN_FURNITURE,
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
    const line = lineStartsOf(doc);
    // The outlet of `STOCKHOLM (TT)`: the place opens the line.
    if (i >= 2 && tokens[i - 1]!.text === '(' && outletMark(doc, i - 1) && line[i - 2] === i - 2 && allCapitals(tokens[i - 2]!.text) && tokens[i - 2]!.text.length >= 3) return NO_WORD;
    if (t.text.length < 3 || line[i] !== i) return undefined;
    // The report goes on on the same line after the period or the outlet.
    if (tokens[i + 1]!.text === '.') return line[i + 2] === line[i + 1] ? NO_WORD : undefined;
    return outletMark(doc, i + 1) && i + 4 < tokens.length && line[i + 4] === i ? NO_WORD : undefined;
  },
};

/** In a heading set in capitals, a long word's capitals say nothing: it stands as a common word. */
export const capitalsLine: WordRule = {
  id: 'capitals-line',
  doc: "in a heading in capitals ('KOMMUNEN SÖKER VITTNEN EFTER INBROTTET') words of four letters or more are common words ('vittnen'), not names",
  stage: 'word',
  tokens: TOKEN_CAPS_LINE,
  apply(i, doc) {
    const t = doc.tokens[i]!;
    if (t.text.length < 4 || !(doc.facts[i]! & TOKEN_CAPS_LINE)) return undefined;
    if (t.stopword || formFacts(doc, i) & FORM_DROP) return NO_WORD;
    return { content: true, name: false, head: true, mod: false, display: t.normal, key: t.stem, entity: null, rule: 'capitals-line', keyIdf: -1 };
  },
};
