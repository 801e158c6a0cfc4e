import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, summarize, toHtml } from '../index';
import type { AnalyzedDocument } from '../analyze';
import { checkHtml, elements, expectedText, ownText } from '../../test/html-check';

const ARTICLE = [
  'Kommunen stänger badhuset i Gnesta',
  '',
  'Badhuset i Gnesta stänger i höst. Beslutet fattades av Gnesta kommun i tisdags.',
  '',
  '– Vi har inte råd att renovera bassängen, säger kommunalrådet Karin Lindqvist.',
  '',
  'Föreningen Simklubben Delfin protesterar.',
  '',
  '– Barnen förlorar sin enda simhall, säger Olof Berg, ordförande i Simklubben Delfin.',
].join('\n');

const tagged = (html: string, tag: string) => elements(checkHtml(html).root).filter((e) => e.tagName === tag);
const cls = (e: { attrs: { name: string; value: string }[] }) => e.attrs.find((a) => a.name === 'class')?.value ?? '';
const attr = (e: { attrs: { name: string; value: string }[] }, n: string) => e.attrs.find((a) => a.name === n)?.value;

describe('toHtml on an analyze() result', () => {
  const doc = analyze(ARTICLE);
  const html = toHtml(doc);

  it('is valid HTML: no parse errors, only the expected elements, unique ids, working links', () => {
    const c = checkHtml(html);
    expect(c.errors).toEqual([]);
    expect(c.unexpected).toEqual([]);
    expect(c.duplicateIds).toEqual([]);
    expect(c.brokenLinks).toEqual([]);
  });

  it('shows every paragraph of the text exactly once, in order', () => {
    expect(checkHtml(html).paragraphs).toEqual(doc.paragraphs.map((p) => p.text));
  });

  it('marks each entity mention with its type class and the canonical name in the title', () => {
    const marks = tagged(html, 'mark');
    expect(marks.map(ownText)).toEqual(doc.entities.map((e) => e.text));
    doc.entities.forEach((e, i) => {
      expect(cls(marks[i]!)).toContain(`snlp-${e.type.toLowerCase()}`);
      expect(attr(marks[i]!, 'title')).toContain(e.name);
    });
    expect(doc.entities.some((e) => e.type === 'PER' && e.name === 'Karin Lindqvist')).toBe(true);
  });

  it('marks each quote as <q> with a badge naming its speaker and a cite link to the speaker entry', () => {
    expect(doc.quotes.length).toBe(2);
    const qs = tagged(html, 'q').filter((q) => attr(q, 'id'));
    expect(qs.length).toBe(doc.quotes.length);
    const badges = elements(checkHtml(html).root).filter((e) => cls(e).includes('snlp-badge') && cls(e).includes('snlp-added'));
    expect(badges.map((b) => ownText({ ...b, attrs: [] } as never))).toEqual(doc.quotes.map((q) => expect.stringContaining(q.speaker!.name)));
    for (const q of qs) expect(attr(q, 'cite')).toMatch(/^#snlp-sp\d+$/);
  });

  it('lists who said what with a link to each quote', () => {
    const links = tagged(html, 'a').filter((a) => /^#snlp-q\d+$/.test(attr(a, 'href') ?? ''));
    expect(links.length).toBe(doc.quotes.length);
  });

  it('highlights the words naming a speaker when the quote step gives speaker.start/end', () => {
    const q = doc.quotes[0]!;
    const at = ARTICLE.indexOf('Karin Lindqvist');
    const withSpan = { ...doc, quotes: [{ ...q, speaker: { ...q.speaker!, start: at, end: at + 15, resolution: 'explicit', confidence: 0.9 } }, ...doc.quotes.slice(1)] } as AnalyzedDocument;
    const out = toHtml(withSpan);
    const c = checkHtml(out);
    expect(c.errors).toEqual([]);
    const spans = elements(c.root).filter((e) => cls(e) === 'snlp-speaker' && attr(e, 'id'));
    expect(spans.map(ownText)).toEqual(['Karin Lindqvist']);
    expect(out).toContain('namn vid citatet, säkerhet 90 %');
    const ruled = toHtml({ ...doc, quotes: [{ ...q, rule: 'dash-line', speaker: { ...q.speaker!, rule: 'said-name' } }] } as unknown as AnalyzedDocument);
    expect(ruled).toContain('title="regler: dash-line, said-name"');
    expect(c.paragraphs).toEqual(doc.paragraphs.map((p) => p.text));
  });

  it('leaves out a speaker span that would cross a quote, and ignores nonsense offsets', () => {
    const q = doc.quotes[0]!;
    const bad = [
      { start: q.start + 2, end: q.end + 5 },
      { start: -3, end: 4 },
      { start: 5, end: 1e9 },
      { start: 1.5, end: 3 },
    ];
    for (const span of bad) {
      const out = toHtml({ ...doc, quotes: [{ ...q, speaker: { ...q.speaker!, ...span } }] } as AnalyzedDocument);
      const c = checkHtml(out);
      expect(c.errors).toEqual([]);
      expect(elements(c.root).filter((e) => cls(e) === 'snlp-speaker' && attr(e, 'id'))).toEqual([]);
      expect(c.paragraphs).toEqual(doc.paragraphs.map((p) => p.text));
    }
  });

  it('splits a quote that runs over two paragraphs into one <q> per paragraph, one badge', () => {
    const text = 'Hon skrev:\n\n”Vi måste agera nu.\n\nAnnars är det för sent”, skriver Eva Ström.';
    const d = analyze(text);
    const [start, end] = [text.indexOf('Vi'), text.indexOf('”,')];
    const fake = { ...d, quotes: [{ text: 'x', start, end, kind: 'marks', speaker: null, cue: 'skriver', parts: [{ start, end }] }] } as AnalyzedDocument;
    const c = checkHtml(toHtml(fake));
    expect(c.errors).toEqual([]);
    const qs = elements(c.root).filter((e) => e.tagName === 'q' && attr(e, 'title'));
    expect(qs.map(ownText)).toEqual(['Vi måste agera nu.', 'Annars är det för sent']);
    expect(elements(c.root).filter((e) => cls(e).includes('snlp-badge snlp-unknown')).length).toBe(1);
  });

  it('renders a whole page with a doctype, a title and the style sheet', () => {
    const page = toHtml(doc, { page: true, theme: 'dark', lang: 'en' });
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    const c = checkHtml(page);
    expect(c.errors).toEqual([]);
    expect(elements(c.root).find((e) => e.tagName === 'title')!.childNodes.map((n) => ownText(n))).toEqual(['Kommunen stänger badhuset i Gnesta']);
    expect(page).toContain('snlp-dark');
    expect(page).toContain('Who said what');
  });

  it('without styles: no <style>', () => {
    expect(toHtml(doc, { styles: false })).not.toContain('<style>');
    expect(toHtml(doc)).toContain('<style>');
  });
});

describe('toHtml escapes every piece of input', () => {
  const nasty = 'Rubrik <script>alert("x")</script> & "citat"\n\n– <img src=x onerror=alert(1)> är farligt, säger Anna <b>Berg</b>.\n\n</p></section><!-- --> &amp; \u0000\u0007\ud800';

  it('a text with <script> shows as text, never as an element', () => {
    const doc = analyze(nasty);
    for (const html of [toHtml(doc), toHtml(doc, { page: true }), toHtml(summarize(nasty))]) {
      const c = checkHtml(html);
      expect(c.errors).toEqual([]);
      expect(c.unexpected).toEqual([]);
      expect(html).not.toMatch(/<script|<img|<b>|<!--/i);
    }
    expect(checkHtml(toHtml(doc)).paragraphs).toEqual(doc.paragraphs.map((p) => expectedText(p.text)));
    expect(checkHtml(toHtml(doc)).paragraphs.join('')).toContain('<script>alert("x")</script>');
  });

  it('names, roles, keywords and titles from the result are escaped too', () => {
    const doc = analyze(ARTICLE);
    const evil = '"><script>x</script>';
    const hacked = {
      ...doc,
      entities: doc.entities.map((e) => ({ ...e, name: evil })),
      quotes: doc.quotes.map((q) => ({ ...q, cue: evil, speaker: { ...q.speaker!, name: evil, role: evil, resolution: evil } })),
      summary: { ...doc.summary, title: evil, keywords: doc.summary.keywords.map((k) => ({ ...k, text: evil })) },
    } as AnalyzedDocument;
    for (const html of [toHtml(hacked, { page: true }), toHtml(hacked.summary)]) {
      const c = checkHtml(html);
      expect(c.errors).toEqual([]);
      expect(c.unexpected).toEqual([]);
    }
  });

  it('any string gives valid HTML that shows the text exactly (property)', () => {
    const chars = fc.constantFrom('<', '>', '&', '"', "'", '–', '”', ' ', '\n', '\n\n', '\r\n', 'a', 'Anna', 'säger', 'Berg', '.', ',', '\u0000', '\u001b', '\ud800', '\udc00', '\ufffe', '&amp;', '<!--', '</p>', 'Stockholm');
    const text = fc.oneof(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(text, (s) => {
        const doc = analyze(s);
        const c = checkHtml(toHtml(doc));
        expect(c.errors).toEqual([]);
        expect(c.unexpected).toEqual([]);
        expect(c.duplicateIds).toEqual([]);
        expect(c.paragraphs).toEqual(doc.paragraphs.map((p) => expectedText(p.text)));
      }),
      { numRuns: 120 },
    );
  });
});

describe('toHtml on a summarize() result', () => {
  const s = summarize(ARTICLE);
  const html = toHtml(s);

  it('shows the title, each quote once as <blockquote cite> with the speaker as <cite>', () => {
    const c = checkHtml(html);
    expect(c.errors).toEqual([]);
    expect(c.brokenLinks).toEqual([]);
    const quotes = Object.values(s.quotesBySpeaker).flat();
    const bq = elements(c.root).filter((e) => e.tagName === 'blockquote');
    expect(bq.map(ownText)).toEqual(quotes.map((q) => q.text));
    expect(bq.every((b) => /^#snlp-sp\d+$/.test(attr(b, 'cite') ?? ''))).toBe(true);
    expect(elements(c.root).filter((e) => e.tagName === 'figcaption').map(ownText).join(' ')).toContain('Karin Lindqvist');
    expect(html).toContain('Kommunen stänger badhuset i Gnesta');
  });
});

describe('toHtml input checks', () => {
  it('throws a TypeError for anything but a result', () => {
    for (const bad of [null, undefined, 'text', 42, {}, { text: 'x' }]) expect(() => toHtml(bad as never)).toThrow(TypeError);
  });

  it('an empty text gives a valid, empty view', () => {
    const c = checkHtml(toHtml(analyze('')));
    expect(c.errors).toEqual([]);
    expect(c.paragraphs).toEqual([]);
  });
});
