import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '.';

const texts = (s: string) => splitParagraphs(s).map((p) => p.text);

const cases: [string, string[]][] = [
  ['Rubrik\n\nFörsta stycket.\nSamma stycke.\n\n\nAndra stycket.', ['Rubrik', 'Första stycket.\nSamma stycke.', 'Andra stycket.']],
  ['  Indraget stycke.  \n \t \nNästa.  ', ['Indraget stycke.', 'Nästa.']],
  ['Windows-rader.\r\n\r\nNästa stycke.\r\nSamma.', ['Windows-rader.', 'Nästa stycke.\r\nSamma.']],
  ['Ett\u2029Två', ['Ett', 'Två']],
  ['Ett\n\u00a0\nTvå', ['Ett', 'Två']],
  ['', []],
  [' \n\n \t', []],
];

describe('splitParagraphs', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps offsets', () => {
    const s = '\n\nHej där.\n\n  Nästa stycke här.\n';
    for (const p of splitParagraphs(s)) expect(s.slice(p.start, p.end)).toBe(p.text);
  });

  it('rejects a non-string', () => {
    expect(() => splitParagraphs(undefined as unknown as string)).toThrow(TypeError);
  });
});
