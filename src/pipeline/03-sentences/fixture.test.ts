import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '.';
import { tokenize } from '../02-tokens';

// Saved expected output for the seed article. After a deliberate change of the rules, regenerate with
//   UPDATE_FIXTURES=1 npx vitest run src/pipeline/03-sentences/fixture.test.ts
// and review the diff of fixtures/seed_akademikern.{tokens,sentences}.json before committing.
const dir = new URL('../../../fixtures/', import.meta.url);
const text = readFileSync(new URL('seed_akademikern.txt', dir), 'utf8');
const update = process.env.UPDATE_FIXTURES === '1';

/** One JSON value per line: readable diffs. */
function lines(values: unknown[]): string {
  return `[\n${values.map((v) => `  ${JSON.stringify(v)}`).join(',\n')}\n]\n`;
}

function check(name: string, actual: string) {
  const file = new URL(name, dir);
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('seed article fixture', () => {
  it('tokens match fixtures/seed_akademikern.tokens.json', () => {
    check('seed_akademikern.tokens.json', lines(tokenize(text).map((t) => [t.text, t.start, t.end, t.kind, t.normal])));
  });

  it('sentences match fixtures/seed_akademikern.sentences.json', () => {
    check('seed_akademikern.sentences.json', lines(splitSentences(text).map((s) => [s.start, s.end, s.text])));
  });
});
