/**
 * Test helpers for the quote step's tables (imported by its tests only; not part of the library).
 *
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../api/quotes';
import { findQuotes } from '.';
import { buildContext } from '../context';
import type { Quote } from '../../types';

/** What a test expects of one quote; fields left out are not checked. */
export interface Want {
  text: string;
  kind?: Quote['kind'];
  speaker?: string | null;
  named?: boolean;
  cue?: string | null;
  role?: string;
  parts?: number;
}

/** Runs without entities (the step must find names itself) and with the real entity step. */
export function both(text: string): Quote[][] {
  return [findQuotes(buildContext(text), []), extractQuotes(text)];
}

/** Whether a quote's text is its parts' words in order, each pair joined by one space with maybe one punctuation mark before it. */
function joinsParts(q: Quote): boolean {
  let at = 0;
  for (const [i, p] of q.parts.entries()) {
    if (i > 0) {
      if (/[.,;!?]/.test(q.text[at] ?? '')) at++;
      if (q.text[at] !== ' ') return false;
      at++;
    }
    if (!q.text.startsWith(p.text, at)) return false;
    at += p.text.length;
  }
  return at === q.text.length;
}

/** Checks the quotes of `text`, found with and without the entity step, against `want`. */
export function check(text: string, want: Want[]): void {
  for (const got of both(text)) {
    expect(got.map((q) => q.text)).toEqual(want.map((w) => w.text));
    got.forEach((q, i) => {
      const w = want[i]!;
      // Offsets point into the text; each part carries its words; the text is the parts joined by
      // one space, with the punctuation the attribution took from between them put back.
      for (const p of q.parts) expect(p.text).toBe(text.slice(p.start, p.end));
      expect(joinsParts(q)).toBe(true);
      expect(q.start).toBe(q.parts[0]!.start);
      expect(q.end).toBe(q.parts[q.parts.length - 1]!.end);
      if (w.kind) expect(q.kind).toBe(w.kind);
      if (w.speaker !== undefined) expect(q.speaker?.name ?? null).toBe(w.speaker);
      if (w.named !== undefined) expect(q.speaker?.named).toBe(w.named);
      if (w.cue !== undefined) expect(q.cue).toBe(w.cue);
      if (w.role !== undefined) expect(q.speaker?.role).toBe(w.role);
      if (w.parts !== undefined) expect(q.parts.length).toBe(w.parts);
    });
  }
}

/** Whether a quote was found, or its speaker given, by rule `id`. */
export function byRule(q: Quote, id: string): boolean {
  return q.rule === id || q.speaker?.rule === id;
}

/** A row of a rule's table: the text, and what the quote the rule made or attributed must be (text, speaker). */
export type FireRow = [text: string, want: { text?: string; speaker?: string | null }];

/**
 * The table test of one rule: in each `fires` row some quote carries the rule's id (as `quote.rule`
 * or `speaker.rule`) and has the wanted text and speaker, with and without the entity step; with the
 * rule switched off no quote carries it; in each `never` row no quote carries it.
 */
export function ruleTable(id: string, fires: FireRow[], never: string[]): void {
  describe(`rule ${id}`, () => {
    it.each(fires)('fires: %s', (text, want) => {
      for (const got of both(text)) {
        const hit = got.find((q) => byRule(q, id));
        expect(hit, JSON.stringify(got.map((q) => [q.text, q.rule, q.speaker?.name, q.speaker?.rule]))).toBeDefined();
        if (want.text !== undefined) expect(hit!.text).toBe(want.text);
        if (want.speaker !== undefined) expect(hit!.speaker?.name ?? null).toBe(want.speaker);
      }
      const off = findQuotes(buildContext(text), [], { rules: { disable: [id] } });
      expect(off.some((q) => byRule(q, id))).toBe(false);
    });
    it.each(never.map((t) => [t]))('does not fire: %s', (text) => {
      for (const got of both(text)) expect(got.filter((q) => byRule(q, id)).map((q) => q.text)).toEqual([]);
    });
  });
}
