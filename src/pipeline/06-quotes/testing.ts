/**
 * Test helpers for the quote step's tables (imported by its tests only; not part of the library).
 *
 * @module
 */
import { expect } from 'vitest';
import { extractQuotes, findQuotes } from '.';
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

/** Checks the quotes of `text`, found with and without the entity step, against `want`. */
export function check(text: string, want: Want[]): void {
  for (const got of both(text)) {
    expect(got.map((q) => q.text)).toEqual(want.map((w) => w.text));
    got.forEach((q, i) => {
      const w = want[i]!;
      // Offsets point into the text; the text is the parts joined by one space.
      expect(q.parts.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(q.text);
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
