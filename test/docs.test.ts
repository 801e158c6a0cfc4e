import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES as ENTITY_RULES } from '../src/pipeline/05-entities/rules';
import { RULES as QUOTE_RULES } from '../src/pipeline/06-quotes/rules';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('documentation', () => {
  it.each(pages)('relative links of %s resolve', (page) => {
    const broken: string[] = [];
    for (const m of read(page).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      const target = m[1]!;
      if (/^[a-z]+:/.test(target)) continue;
      if (!existsSync(resolve(ROOT, dirname(page), target))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it.each([
    ['docs/pipeline/05-entities.md', ENTITY_RULES],
    ['docs/pipeline/06-quotes.md', QUOTE_RULES],
  ] as const)('%s lists every rule of its table', (page, rules) => {
    const text = read(page);
    expect(rules.map((r) => r.id).filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
  });
});
