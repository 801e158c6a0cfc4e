/**
 * Integer ids of word forms, made once per text and shared by the pipeline steps.
 *
 * Every step asks facts of a token's form (its stem, whether it is a stopword, a list member, a
 * first name, the tagger's entry of it): by string, each of those is a `Map` or `Set` look-up per
 * token and per step. Here every distinct string a text's tokens carry (`token.text` and
 * `token.normal`) gets an integer id once, after tokenisation ({@link formIdsOf}, memoised per token
 * array), and a step keeps its per-form facts in arrays indexed by that id ({@link FormMemo},
 * {@link FormInts}): after the first text, a form seen before costs an array read.
 *
 * - **Where the ids live.** One process-wide table string → id (ids 0, 1, 2 … in the order forms
 *   are first seen). The ids of a text are two `Int32Array`s parallel to its tokens (the written
 *   form's id and the normal form's id), kept in a `WeakMap` keyed by the token array: they go
 *   with the text, and the public `Token` type does not change.
 * - **Bounded.** When the table holds {@link MAX_FORMS} forms, it starts over with the next text
 *   (a new {@link formGeneration}): every id-indexed memo empties itself on its next use, and the
 *   ids of older texts are made again if a step asks for them. A text is never split across two
 *   generations, so a huge text may take the table past the bound until the next text.
 * - **Per owner.** An id says which string it is, never what a lexicon says about it: a step keeps
 *   one memo per lexicon (or per word list, per model) it read the facts from, so a caller-supplied
 *   lexicon never sees the built-in lexicon's facts, and the reverse.
 *
 * @module
 */
import type { Token } from '../types';

/** Most distinct forms the table holds before it starts over with the next text (bounds memory). */
export const MAX_FORMS = 100_000;

let table = new Map<string, number>();
let forms: string[] = [];
/** By written-form id: the id of the normal form last seen with it (`-1` before), asked before the table. */
let pairNormal: number[] = [];
let generation = 0;

/** The form ids of one text's tokens, parallel to the token array. */
export interface TextForms {
  /** Id of each token's written form (`token.text`). */
  readonly text: Int32Array;
  /** Id of each token's normal form (`token.normal`; the same id as `text` where the two are equal). */
  readonly normal: Int32Array;
  /** The table generation the ids belong to ({@link formGeneration}). */
  readonly generation: number;
}

const memo = new WeakMap<readonly Token[], TextForms>();

/** The id of a string, made on first sight. */
function idOf(s: string): number {
  let id = table.get(s);
  if (id === undefined) {
    id = forms.length;
    forms.push(s);
    pairNormal.push(-1);
    table.set(s, id);
  }
  return id;
}

/** A token field as a string (hand-made tokens may carry other values; the steps read them as strings too). */
function str(s: unknown): string {
  return typeof s === 'string' ? s : String(s);
}

/** Makes the ids of a token array (see {@link formIdsOf}). */
function makeIds(tokens: readonly Token[]): TextForms {
  if (forms.length >= MAX_FORMS) {
    table = new Map();
    forms = [];
    pairNormal = [];
    generation++;
  }
  const n = tokens.length;
  const text = new Int32Array(n);
  const normal = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const w = str(t.text);
    const id = idOf(w);
    text[k] = id;
    // (the tokenizer gives the same string object when nothing changes: one look-up; a written form
    // nearly always has the normal form it had before: a string compare, no hashing)
    const n = t.normal;
    if (n === w) normal[k] = id;
    else {
      const p = pairNormal[id]!;
      if (p >= 0 && forms[p] === n) normal[k] = p;
      else normal[k] = pairNormal[id] = idOf(str(n));
    }
  }
  return { text, normal, generation };
}

/**
 * The form ids of a text's tokens, made once per token array (memoised; made again only when the
 * table has started over since). The pipeline context makes them right after tokenisation; a
 * step calls this with the context's token array and gets the same object back.
 *
 * @param tokens A text's tokens (or one sentence's), in order.
 * @returns Two arrays parallel to `tokens`: the written form's id and the normal form's id.
 */
export function formIdsOf(tokens: readonly Token[]): TextForms {
  let f = memo.get(tokens);
  if (f === undefined || f.generation !== generation) memo.set(tokens, (f = makeIds(tokens)));
  return f;
}

/**
 * The string of a form id of the current generation.
 *
 * @param id A form id from {@link formIdsOf}.
 */
export function formOf(id: number): string {
  return forms[id]!;
}

/** The current generation of the id table: it changes when the table starts over. */
export function formGeneration(): number {
  return generation;
}

/** How many forms the table holds now (every id of the current generation is below it). */
export function formCount(): number {
  return forms.length;
}

/**
 * Values per form id for one owner (a lexicon, a word list, a model): an array indexed by form
 * id, emptied when the id table starts over. Ask {@link FormMemo.values} once per text (after its
 * ids are made) and index it by the text's ids; `undefined` means not worked out yet.
 */
export class FormMemo<T> {
  private gen = -1;
  private vals: (T | undefined)[] = [];
  private filled = 0;

  /**
   * @param limit Most values kept before the memo empties itself (bounds memory where a value is large).
   */
  constructor(private readonly limit = MAX_FORMS) {}

  /** The values of the current generation, long enough for every id made so far. */
  values(): (T | undefined)[] {
    let v = this.vals;
    if (this.gen !== generation || this.filled >= this.limit) {
      this.gen = generation;
      this.vals = v = [];
      this.filled = 0;
    }
    const n = forms.length;
    while (v.length < n) v.push(undefined);
    return v;
  }

  /** Empties the memo (when what its values were worked out from has changed). */
  clear(): void {
    this.vals = [];
    this.filled = 0;
  }

  /**
   * Stores a value (counted towards the limit; the next {@link FormMemo.values} call empties a full memo).
   *
   * @param values The array {@link FormMemo.values} gave.
   * @param id A form id.
   * @param value Its value.
   */
  set(values: (T | undefined)[], id: number, value: T): T {
    values[id] = value;
    this.filled++;
    return value;
  }
}

/**
 * Small integer facts per form id for one owner (flag words, a stopword bit): an `Int32Array`
 * indexed by form id, `-1` where not worked out yet, emptied when the id table starts over.
 */
export class FormInts {
  private gen = -1;
  private vals = new Int32Array(0);

  /** The facts of the current generation, long enough for every id made so far (`-1`: not known yet). */
  values(): Int32Array {
    const n = forms.length;
    if (this.gen !== generation) {
      this.gen = generation;
      this.vals = new Int32Array(Math.max(n, 1024)).fill(-1);
    } else if (this.vals.length < n) {
      const grown = new Int32Array(Math.max(n, 2 * this.vals.length)).fill(-1);
      grown.set(this.vals);
      this.vals = grown;
    }
    return this.vals;
  }
}

/**
 * The memo of `owner` in `memos`, made on first use: one per lexicon, word list or model, so
 * that facts worked out from one owner's data are never read for another's.
 *
 * @param memos Where the memos of one kind are kept.
 * @param owner What the facts were worked out from.
 * @param make Makes an empty memo.
 */
export function memoOf<K extends object, M>(memos: WeakMap<K, M>, owner: K, make: () => M): M {
  let m = memos.get(owner);
  if (m === undefined) memos.set(owner, (m = make()));
  return m;
}

/**
 * A function that makes `make(owner)` once per owner (kept in a `WeakMap`, as {@link memoOf}) and
 * tries the owner it was asked with last before the map (speed: no `WeakMap` look-up while one
 * lexicon's text runs; that one owner is kept alive until another is asked).
 *
 * @param make Makes the value of an owner.
 */
export function lastOwnerMemo<K extends object, V>(make: (owner: K) => V): (owner: K) => V {
  const memos = new WeakMap<K, V>();
  let lastOwner: K | undefined;
  let lastValue: V | undefined;
  return (owner) => {
    if (owner !== lastOwner || lastValue === undefined) {
      lastValue = memoOf(memos, owner, () => make(owner));
      lastOwner = owner;
    }
    return lastValue;
  };
}
