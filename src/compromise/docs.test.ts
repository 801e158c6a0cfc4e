import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swedish } from './index';

// docs/compromise.md runs as written: each ```js block is run with its imports bound to the
// plugin and the pinned compromise, and each `console.log(x); // → value` line checks x equals value.
const md = readFileSync(resolve(__dirname, '../../docs/compromise.md'), 'utf8');
const blocks = [...md.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
const IMPORTS = ["import nlp from 'compromise';", "import { swedish } from 'swedish-nlp/compromise';"];

describe('docs/compromise.md', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i runs as written', (_, block) => {
    const body = block
      .split('\n')
      .map((line) => {
        if (line.startsWith('import ')) {
          expect(IMPORTS).toContain(line);
          return '';
        }
        const m = /^console\.log\((.*)\); \/\/ → (.*)$/.exec(line);
        return m ? `check(${m[1]}, ${m[2]}, ${JSON.stringify(line)});` : line;
      })
      .join('\n');
    const checks: [unknown, unknown, string][] = [];
    new Function('nlp', 'swedish', 'check', body)(nlp, swedish, (actual: unknown, expected: unknown, line: string) => checks.push([actual, expected, line]));
    expect(checks.length).toBeGreaterThan(0);
    for (const [actual, expected, line] of checks) expect(actual, line).toEqual(expected);
  });
});
