import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA } from '../scripts/shared-data';
import { analyze, toHtml } from '../src/index';
import { checkHtml, expectedText } from './html-check';

// toHtml on real articles: valid HTML (parse5, no parse errors), only the elements and attributes
// toHtml writes, no unescaped input (each paragraph's text comes back exactly), unique ids and
// working links. The texts are read from ../shared/data at test time, never copied; skipped
// when the data is absent.
const folders = ['news-dev'].map((f) => join(DATA, f)).filter((d) => existsSync(d));
const files = folders.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));

describe.skipIf(files.length === 0)('toHtml on the news-dev articles', () => {
  it.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const doc = analyze(text);
    for (const html of [toHtml(doc), toHtml(doc, { page: true })]) {
      const c = checkHtml(html);
      expect(c.errors).toEqual([]);
      expect(c.unexpected).toEqual([]);
      expect(c.duplicateIds).toEqual([]);
      expect(c.brokenLinks).toEqual([]);
      expect(c.paragraphs).toEqual(doc.paragraphs.map((p) => expectedText(p.text)));
    }
    const c = checkHtml(toHtml(doc.summary));
    expect(c.errors).toEqual([]);
    expect(c.unexpected).toEqual([]);
  });
});
