/**
 * Integer feature hashing and a compact weight table for the perceptron models (tagger, entities).
 *
 * A feature is a 32-bit key made of a template id and the hashes of its parts
 * (`mix(mix(TEMPLATE, hashString(word)), tag)`), so a model never builds a string per feature. The
 * hashes are defined on UTF-16 code units with 32-bit integer arithmetic only, so they are the same
 * on every platform and engine: a generator and the runtime compute the same keys.
 *
 * The weights live in a {@link WeightTable}: sorted keys, per key a short run of (class, integer
 * weight) entries (zeros are not stored), and an open-addressing index built when it is decoded. A
 * generated model file stores a table as one string ({@link WeightTable.encode}): base 64 of its
 * little-endian typed arrays.
 *
 * @module
 */

/** FNV-1a 32-bit offset basis: the hash of the empty string, and the default seed. */
export const HASH_SEED = 0x811c9dc5;

/**
 * FNV-1a (32-bit) hash of the UTF-16 code units `s[from]` … `s[to - 1]`, without slicing.
 *
 * @example
 * ```ts
 * hashString('bilen') === hashString('den bilen', 4); // true
 * ```
 *
 * @param s The string.
 * @param from First code unit (default 0).
 * @param to End, exclusive (default `s.length`).
 * @param seed Start value, to chain hashes (default {@link HASH_SEED}).
 * @returns An unsigned 32-bit integer.
 */
export function hashString(s: string, from = 0, to = s.length, seed = HASH_SEED): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Combines two 32-bit values into one well-spread 32-bit key (a MurmurHash3 block step and its
 * finaliser). Order matters: `mix(a, b) !== mix(b, a)` in general. Use it to join a template id
 * with the hashes of a feature's parts: `mix(mix(7, hashString(word)), tagId)`.
 *
 * @param a First value (e.g. the template id, or an earlier `mix`).
 * @param b Second value (e.g. a part's hash or a small integer).
 * @returns An unsigned 32-bit integer.
 */
export function mix(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  let h = a ^ Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Anything indexable that a table adds its weights into. */
export type ScoreArray = Float64Array | Float32Array | Int32Array | number[];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/**
 * Standard base 64 (RFC 4648, with `=` padding) of bytes. Browser-safe (no `Buffer`, no `btoa`).
 *
 * @param bytes The bytes.
 */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let s = '';
  const n = bytes.length;
  for (let i = 0; i < n; i += 3) {
    const b0 = bytes[i]!;
    const b1 = i + 1 < n ? bytes[i + 1]! : 0;
    const b2 = i + 2 < n ? bytes[i + 2]! : 0;
    s += B64[b0 >> 2]! + B64[((b0 & 3) << 4) | (b1 >> 4)]! + (i + 1 < n ? B64[((b1 & 15) << 2) | (b2 >> 6)]! : '=') + (i + 2 < n ? B64[b2 & 63]! : '=');
    if (s.length >= 4096) {
      parts.push(s);
      s = '';
    }
  }
  parts.push(s);
  return parts.join('');
}

/**
 * Decodes {@link encodeBase64}'s output.
 *
 * @param s Base 64 text (length a multiple of 4).
 * @throws {RangeError} On a character outside the alphabet or a bad length.
 */
export function decodeBase64(s: string): Uint8Array {
  if (s.length % 4 !== 0) throw new RangeError('base 64: length is not a multiple of 4');
  let pad = 0;
  if (s.endsWith('==')) pad = 2;
  else if (s.endsWith('=')) pad = 1;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let v = 0;
    for (let j = 0; j < 4; j++) {
      const c = s.charCodeAt(i + j);
      const d = c === 61 && i + 4 === s.length && j >= 4 - pad ? 0 : c < 128 ? B64_INDEX[c]! : -1;
      if (d < 0) throw new RangeError(`base 64: bad character at ${i + j}`);
      v = (v << 6) | d;
    }
    if (o < out.length) out[o++] = (v >> 16) & 255;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}

/** Format tag of {@link WeightTable.encode} (bumped when the layout changes). */
const FORMAT = 'wt1';

/**
 * A perceptron's integer weights, feature key → (class, weight) entries, for any number of classes
 * (up to 256). Build it with {@link WeightTable.fromRows} (a generator) or {@link WeightTable.decode}
 * (the runtime); score with {@link WeightTable.find} + {@link WeightTable.addRow}, or {@link WeightTable.add}.
 * Weights are integers: a generator quantises (`Math.round(w * scale)`) before building; they are
 * stored as 16-bit integers when all fit, else as 32-bit ones.
 */
export class WeightTable {
  /** Open-addressing slots: row + 1, 0 = empty. */
  private readonly slots: Int32Array;
  private readonly shift: number;

  private constructor(
    /** Number of classes (labels) a row may have weights for. */
    readonly classes: number,
    /** Feature keys, ascending (row `r` has key `keys[r]`). */
    readonly keys: Uint32Array,
    /** Entry range of row `r`: `start[r]` … `start[r + 1]`. */
    readonly start: Uint32Array,
    /** Class of each entry. */
    readonly cls: Uint8Array,
    /** Integer weight of each entry. */
    readonly weights: Int16Array | Int32Array,
  ) {
    let bits = 1;
    while (1 << bits < keys.length * 2 && bits < 30) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let r = 0; r < keys.length; r++) {
      let p = Math.imul(keys[r]!, 0x9e3779b1) >>> this.shift;
      while (this.slots[p] !== 0) p = (p + 1) & mask;
      this.slots[p] = r + 1;
    }
  }

  /** Number of rows (features with at least one non-zero weight). */
  get size(): number {
    return this.keys.length;
  }

  /**
   * Builds a table from rows of integer weights (zeros are dropped; rows that are all zero are left
   * out). Keys must be distinct; the row order does not matter (rows are sorted by key).
   *
   * @param classes Number of classes (1–256).
   * @param rows `[key, weights]` pairs; `weights[c]` is the integer weight of class `c`.
   * @throws {RangeError} On a repeated key, a non-integer weight or a bad class count.
   */
  static fromRows(classes: number, rows: Iterable<readonly [number, ArrayLike<number>]>): WeightTable {
    if (!(classes >= 1 && classes <= 256)) throw new RangeError('WeightTable: classes must be 1–256');
    const list = [...rows].map(([k, w]) => [k >>> 0, w] as const).sort((a, b) => a[0] - b[0]);
    const keys: number[] = [];
    const start: number[] = [0];
    const cls: number[] = [];
    const ws: number[] = [];
    let wide = false;
    for (let i = 0; i < list.length; i++) {
      const [k, w] = list[i]!;
      if (i > 0 && list[i - 1]![0] === k) throw new RangeError(`WeightTable: repeated key ${k}`);
      const before = cls.length;
      for (let c = 0; c < classes && c < w.length; c++) {
        const v = w[c]!;
        if (v === 0) continue;
        if (!Number.isInteger(v)) throw new RangeError('WeightTable: weights must be integers (quantise first)');
        if (v < -32768 || v > 32767) wide = true;
        cls.push(c);
        ws.push(v);
      }
      if (cls.length === before) continue;
      keys.push(k);
      start.push(cls.length);
    }
    return new WeightTable(classes, Uint32Array.from(keys), Uint32Array.from(start), Uint8Array.from(cls), wide ? Int32Array.from(ws) : Int16Array.from(ws));
  }

  /**
   * The row of a key, or -1 when the table has no weights for it.
   *
   * @param key A feature key.
   */
  find(key: number): number {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    const k = key >>> 0;
    let p = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const r = slots[p]!;
      if (r === 0) return -1;
      if (keys[r - 1] === k) return r - 1;
      p = (p + 1) & mask;
    }
  }

  /**
   * Adds the weights of row `row` to `out[at + class]` (nothing for row -1).
   *
   * @param row A row from {@link WeightTable.find}, or -1.
   * @param out Scores to add to.
   * @param at Offset of class 0 in `out` (default 0).
   */
  addRow(row: number, out: ScoreArray, at = 0): void {
    if (row < 0) return;
    const { cls, weights } = this;
    for (let j = this.start[row]!, e = this.start[row + 1]!; j < e; j++) out[at + cls[j]!]! += weights[j]!;
  }

  /**
   * Adds the weights of a key to `out[at + class]`.
   *
   * @param key A feature key.
   * @param out Scores to add to.
   * @param at Offset of class 0 in `out` (default 0).
   * @returns Whether the table has the key.
   */
  add(key: number, out: ScoreArray, at = 0): boolean {
    const r = this.find(key);
    this.addRow(r, out, at);
    return r >= 0;
  }

  /**
   * The weights of a key as a dense array (one integer per class), or `null` when absent.
   *
   * @param key A feature key.
   */
  get(key: number): Int32Array | null {
    const r = this.find(key);
    if (r < 0) return null;
    const out = new Int32Array(this.classes);
    this.addRow(r, out);
    return out;
  }

  /**
   * The table as one ASCII string for a generated model file:
   * `wt1:<classes>:<rows>:<entries>:<16|32>:` then base 64 of the little-endian bytes of the keys
   * (u32 per row), the entry counts (u8 per row), the classes (u8 per entry) and the weights
   * (i16 or i32 per entry). Deterministic: the same table always gives the same string.
   */
  encode(): string {
    const rows = this.keys.length;
    const entries = this.cls.length;
    const wb = this.weights.BYTES_PER_ELEMENT;
    const bytes = new Uint8Array(rows * 5 + entries * (1 + wb));
    const dv = new DataView(bytes.buffer);
    let o = 0;
    for (let r = 0; r < rows; r++, o += 4) dv.setUint32(o, this.keys[r]!, true);
    for (let r = 0; r < rows; r++) {
      const n = this.start[r + 1]! - this.start[r]!;
      if (n > 255) throw new RangeError('WeightTable: more than 255 entries in a row');
      bytes[o++] = n;
    }
    bytes.set(this.cls, o);
    o += entries;
    for (let j = 0; j < entries; j++, o += wb) {
      if (wb === 2) dv.setInt16(o, this.weights[j]!, true);
      else dv.setInt32(o, this.weights[j]!, true);
    }
    return `${FORMAT}:${this.classes}:${rows}:${entries}:${wb * 8}:${encodeBase64(bytes)}`;
  }

  /**
   * Parses {@link WeightTable.encode}'s string.
   *
   * @param s The encoded table.
   * @throws {RangeError} When the string is not an encoded table.
   */
  static decode(s: string): WeightTable {
    const head = s.split(':', 5);
    const body = s.slice(head.join(':').length + 1);
    if (head[0] !== FORMAT || head.length < 5) throw new RangeError('WeightTable: not an encoded table');
    const [classes, rows, entries, bits] = head.slice(1).map(Number) as [number, number, number, number];
    const bytes = decodeBase64(body);
    const wb = bits / 8;
    if (bytes.length !== rows * 5 + entries * (1 + wb) || (wb !== 2 && wb !== 4)) throw new RangeError('WeightTable: bad length');
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const keys = new Uint32Array(rows);
    let o = 0;
    for (let r = 0; r < rows; r++, o += 4) keys[r] = dv.getUint32(o, true);
    const start = new Uint32Array(rows + 1);
    for (let r = 0; r < rows; r++) start[r + 1] = start[r]! + bytes[o++]!;
    const cls = bytes.slice(o, o + entries);
    o += entries;
    const weights = wb === 2 ? new Int16Array(entries) : new Int32Array(entries);
    for (let j = 0; j < entries; j++, o += wb) weights[j] = wb === 2 ? dv.getInt16(o, true) : dv.getInt32(o, true);
    return new WeightTable(classes, keys, start, cls, weights);
  }
}
