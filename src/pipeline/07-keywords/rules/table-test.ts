/**
 * Helpers for the rule table tests: the keywords of a text with all rules, or with one switched off.
 *
 * @module
 */
import type { Keyword } from '../../../types';
import { extractKeywords } from '../index';

/**
 * The keywords of a text (up to 40, with the quote step), optionally with some rules switched off.
 *
 * @param text A Swedish text.
 * @param disable Rule ids to switch off.
 */
export function keywordsOf(text: string, disable: readonly string[] = []): Keyword[] {
  return extractKeywords(text, { limit: 40, quotes: true, rules: { disable } });
}

/**
 * The keyword with this display text, or `undefined`.
 *
 * @param text A Swedish text.
 * @param keyword The display text looked for.
 * @param disable Rule ids to switch off.
 */
export function keywordIn(text: string, keyword: string, disable: readonly string[] = []): Keyword | undefined {
  return keywordsOf(text, disable).find((k) => k.text === keyword);
}

/**
 * Whether a keyword with this text lists the rule among those that shaped it.
 *
 * @param text A Swedish text.
 * @param keyword The display text looked for.
 * @param id The rule id.
 */
export function shapedBy(text: string, keyword: string, id: string): boolean {
  return keywordIn(text, keyword)?.rules.includes(id) ?? false;
}
