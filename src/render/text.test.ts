import { describe, expect, it } from 'vitest';
import { analyze, summarize, toText } from '../index';

const ARTICLE = [
  'Ny bro över älven klar i vår',
  '',
  'Text: Maja Ek',
  '',
  'Bron mellan Nordby och Söderby öppnar i april, meddelar Trafikverket.',
  '',
  '– Vi ligger före tidsplanen, säger projektledaren Jonas Falk. Det är roligt för alla pendlare.',
  '',
  '”Äntligen slipper vi färjan varje morgon”, skriver Lena Holm, som bor i Söderby, på sin blogg.',
].join('\n');

describe('toText', () => {
  const doc = analyze(ARTICLE);
  const out = toText(doc);

  it('has no Markdown syntax', () => {
    for (const line of out.split('\n')) {
      expect(line).not.toMatch(/^\s*(#|>|\*\s|-\s)/);
      expect(line).not.toMatch(/\*\*|__|`/);
    }
  });

  it('shows each quote once, whole, in Swedish ”…” marks with its speaker', () => {
    expect(doc.quotes.length).toBeGreaterThanOrEqual(2);
    const flat = out.replace(/\n\s+/g, ' ');
    for (const q of doc.quotes) {
      expect(flat.split(`”${q.text}”`).length - 1).toBe(1);
      expect(flat).toContain(q.speaker!.name);
    }
    expect(out).not.toMatch(/[“]/);
  });

  it('gives one set of counts, each with its definition', () => {
    expect(out.match(/\d+ ord\b/g)).toEqual([`${doc.summary.words} ord`]);
    expect(out.match(/\d+ meningar\b/g)).toEqual([`${doc.summary.sentences} meningar`]);
    expect(out).toContain('meningar i artikeltexten med minst ett ord');
    expect(out).toContain(`LIX ${doc.summary.readability.lix}`);
  });

  it('renders a summary the same way as the document it came from', () => {
    expect(toText(summarize(ARTICLE))).toBe(out);
  });

  it('wraps every line within the width (no word here is longer than a line)', () => {
    for (const width of [40, 60, 100]) {
      const lines = toText(doc, { width }).split('\n');
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(width);
    }
    expect(Math.max(...toText(doc, { width: 100 }).split('\n').map((l) => l.length))).toBeGreaterThan(60);
  });

  it('English labels on request', () => {
    expect(toText(doc, { lang: 'en' })).toContain('WHO SAID WHAT');
  });

  it('never passes control characters or escape sequences to the terminal', () => {
    const t = toText(analyze('Rubrik \u001b[31mröd\u001b[0m\n\n– Allt är bra här hos oss, säger Eva\u0007 Lund.'));
    expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('throws a TypeError for anything but a result', () => {
    for (const bad of [null, 'x', 3, {}]) expect(() => toText(bad as never)).toThrow(TypeError);
  });
});
