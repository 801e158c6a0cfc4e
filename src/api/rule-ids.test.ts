import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { knownRuleIds, ruleIdsOf } from './rule-ids';
import { RULES as QUOTE_RULES } from '../pipeline/06-quotes/rules';
import { RULES as ENTITY_RULES } from '../pipeline/05-entities/rules';
import { LEMMA_CORRECTIONS } from '../pipeline/04-annotate/tag/lemma';
import { TAG_CORRECTIONS } from '../pipeline/04-annotate/tag/tag-corrections';

// The option check lists rule ids by hand (no rule code in other bundles): the lists must equal the tables.
describe('rule ids accepted by the options are the ids of the rule tables', () => {
  it.each([
    ['entities', ENTITY_RULES],
    ['quotes', QUOTE_RULES],
    ['tags', [...TAG_CORRECTIONS, ...LEMMA_CORRECTIONS]],
  ] as const)('%s', (step, rules) => {
    expect(ruleIdsOf(step)).toEqual(rules.map((r) => r.id));
  });

  // The keyword table arrives with the keyword branch; until it is merged there is nothing to compare.
  const keywordTable = new URL('../pipeline/07-keywords/rules/index.ts', import.meta.url);
  it.runIf(existsSync(keywordTable))('keywords', async () => {
    const { RULES } = (await import(/* @vite-ignore */ keywordTable.href)) as { RULES: readonly { id: string }[] };
    expect(ruleIdsOf('keywords')).toEqual(RULES.map((r) => r.id));
  });

  it('ids are kebab-case and unique across steps', () => {
    const all = [...ruleIdsOf('entities'), ...ruleIdsOf('quotes'), ...ruleIdsOf('keywords'), ...ruleIdsOf('tags')];
    for (const id of all) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(knownRuleIds().size).toBe(all.length);
  });
});
