import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index';
import { FIELDS } from '../src/cli/args';
import { parseArgs } from '../src/cli/args';
import { parseJsonlRecord } from '../src/cli/inputs';
import { REPORT_CAPS, textReport } from '../src/cli/report';
import { documentJson, splitSections } from '../src/cli/serialize';

const json = (text: string, sectionSize = 1_000_000, pretty = false) =>
  JSON.parse([...documentJson({ id: 'x', text }, { fields: FIELDS, pretty, sectionSize })].join('')) as Record<string, unknown>;

describe('splitSections', () => {
  it('cuts at blank lines, covers the text, keeps every section within the size', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Stycke ${i}. Det regnar i Kiruna.`).join('\n\n');
    const parts = splitSections(text, 200);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(text.length);
    parts.forEach((p, i) => {
      expect(p.end - p.start).toBeLessThanOrEqual(200);
      if (i) expect(p.start).toBe(parts[i - 1]!.end);
      if (i) expect(text.slice(p.start - 2, p.start)).toBe('\n\n');
    });
  });

  it('without blank lines, cuts at a line break or a space; never inside a surrogate pair', () => {
    expect(splitSections('a b c d e f g h', 6).map((s) => s.end - s.start).every((n) => n <= 6)).toBe(true);
    const emoji = '😀'.repeat(50); // no space at all: a hard cut, one code unit back if needed
    const parts = splitSections(emoji, 7);
    for (const p of parts) expect(/^(?:[\uD800-\uDBFF][\uDC00-\uDFFF])*$/.test(emoji.slice(p.start, p.end))).toBe(true);
  });

  it('one section for a text within the size', () => {
    expect(splitSections('Hej.', 10)).toEqual([{ start: 0, end: 4 }]);
    expect(splitSections('', 10)).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('documentJson', () => {
  it('parses, pretty or not, and keeps the text exactly (emoji and quotes across chunk seams)', () => {
    const text = `”Vi är glada” 😀 sa \\"Anna\\" i Malmö.\n\n${'Ett ord till. '.repeat(9000)}😀`;
    const a = json(text);
    const b = json(text, 1_000_000, true);
    expect(a.text).toBe(text);
    expect(b).toEqual(a);
  });

  it('tokens once; sentences as token ranges; groups as entity indices; no duplicate summary lists', () => {
    const doc = analyze('Anna Svensson bor i Umeå. Hon flyttade dit från Lund.');
    const out = json(doc.text) as { tokens: unknown[]; sentences: Array<{ tokens: number[] }>; entityGroups: Array<{ mentions: number[] }>; summary: object };
    expect(out.tokens).toEqual(JSON.parse(JSON.stringify(doc.tokens)));
    expect(out.sentences.map((s) => s.tokens)).toEqual([
      [0, 6],
      [6, doc.tokens.length],
    ]);
    expect(out.entityGroups.flatMap((g) => g.mentions).sort()).toEqual(doc.entities.map((_, i) => i));
    expect(Object.keys(out.summary)).not.toContain('quotesBySpeaker');
  });

  it('sections give the same tokens, sentences and entities as one piece, and merged keywords', () => {
    const text = Array.from({ length: 8 }, (_, i) => `Del ${i}: Anna Svensson från Region Skåne talade om vården i Malmö.`).join('\n\n');
    const whole = json(text);
    const cut = json(text, 150);
    expect(cut.sections).toBeGreaterThan(2);
    for (const f of ['tokens', 'sentences', 'paragraphs', 'entities', 'entityGroups']) expect(cut[f]).toEqual(whole[f]);
    const anna = (cut.keywords as Array<{ text: string; count: number }>).find((k) => k.text === 'Anna Svensson');
    expect(anna?.count).toBe(8);
  });
});

describe('parseJsonlRecord', () => {
  it.each([
    ['{"id":"a","text":"Hej","källa":"TT"}', { id: 'a', text: 'Hej', extra: { källa: 'TT' } }],
    ['{"text":"Hej"}', { id: 'f:1', text: 'Hej' }],
    ['{"id":7,"text":"Hej"}', { id: 7, text: 'Hej' }],
    ['{"id":"a"}', { id: 'a', error: 'f:1: missing "text"' }],
    ['{"id":"a","text":null}', { id: 'a', error: 'f:1: "text" is not a string' }],
    ['"bara en sträng"', { id: 'f:1', error: 'f:1: not a JSON object' }],
    ['null', { id: 'f:1', error: 'f:1: not a JSON object' }],
    ['{"id": "b7", "text": "avbrut', { id: 'b7', error: expect.stringMatching(/^f:1: invalid JSON/) }],
    ['{"text": "x", "id": "b8"', { id: 'f:1', error: expect.stringMatching(/^f:1: invalid JSON/) }],
  ])('%s', (line, expected) => {
    expect(parseJsonlRecord(line, 'f:1')).toEqual(expected);
  });
});

describe('parseArgs', () => {
  it('reads every option, --name=value too', () => {
    const a = parseArgs(['analyze', '--jsonl', '--format=jsonl', '--fields', 'quotes,text', '-j3', '--quiet', '--section-size=5000', 'a.jsonl']);
    expect(a).toMatchObject({ command: 'analyze', mode: 'jsonl', format: 'jsonl', fields: ['text', 'quotes'], jobs: 3, quiet: true, sectionSize: 5000, paths: ['a.jsonl'] });
    expect(parseArgs(['analyze', '--lines']).paths).toEqual(['-']);
    expect(parseArgs(['analyze', '--', '--konstigt-filnamn.txt']).paths).toEqual(['--konstigt-filnamn.txt']);
  });
});

describe('the terminal report', () => {
  it('caps long lists and counts the rest', () => {
    const n = REPORT_CAPS.quotes + 7;
    const text = Array.from({ length: n }, (_, i) => `– Det här är påstående nummer ${i + 1}, säger Anna Svensson.`).join('\n\n');
    const doc = analyze(text);
    expect(doc.quotes.length).toBe(n);
    const report = textReport(doc, 'test');
    expect(report.match(/^ {4}”/gm)).toHaveLength(REPORT_CAPS.quotes);
    expect(report).toMatch(/EJ VISADE\n {2}7 citat/);
  });
});
