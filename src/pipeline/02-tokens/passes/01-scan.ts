import {
  C_DIGIT, C_EMOJI, C_KEYCAP, C_LETTER, C_LONE, C_LOWER, C_MARK, C_PUNCT, C_RI, C_SHY, C_SKIN, C_SPACE, C_TAG, C_UPPER,
  C_VS, C_ZWJ, EMOJI, F_DIGIT, F_DIGIT_FIRST, F_HAS_UPPER, F_LETTER, F_LOWER, F_NORM, F_SHY, F_UPPER, K_EMOJI, K_NONE,
  PUNCT, Pieces, SYM, WORD, classOf, classOfAstral,
} from './piece';

let W = 1;

/** Class of the code point at `i`; sets `W` to its width in code units. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    W = 1;
    return classOf(c);
  }
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      W = 2;
      return classOfAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    }
  }
  W = 1;
  return C_LONE;
}

function isAlnum(k: number): boolean {
  return k === C_LOWER || k === C_UPPER || k === C_DIGIT || k === C_LETTER || k === C_MARK || k === C_VS || k === C_KEYCAP;
}

/**
 * Pass 01 — one linear scan over the UTF-16 code units producing raw pieces: runs of letters,
 * digits and combining marks (soft hyphens inside a word are kept in it), one piece per
 * punctuation character except runs of `.` `-` `–` `—` and `!`/`?` (so `...` and `?!` stay one),
 * one piece per symbol, and whole emoji sequences (ZWJ sequences, flag pairs, skin tones, keycaps,
 * tag sequences). Whitespace, control characters and invisible format characters are skipped.
 *
 * @param text The text.
 * @returns The raw pieces in order.
 */
export function scan(text: string): Pieces {
  const out = new Pieces((text.length >> 2) + 16);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII fast paths
    if (c <= 32) {
      i++;
      continue;
    }
    const k = classAt(text, i);
    const w = W;
    if (k === C_SPACE || k === C_SHY || k === C_ZWJ || k === C_TAG || k === C_VS) i += w;
    else if (k === C_LOWER || k === C_UPPER || k === C_LETTER || k === C_DIGIT || k === C_MARK || k === C_KEYCAP) i = scanWord(text, i, c, k, w, out);
    else if (k === C_PUNCT) i = scanPunct(text, i, c, out);
    else if (k === C_EMOJI || k === C_RI || k === C_SKIN) i = scanEmoji(text, i, k, w, out);
    else {
      // symbols, lone surrogates, anything else: one code point
      // symbols may have case (`Ⓐ`): let finalisation lower-case them
      out.add(i, i + w, SYM, F_HAS_UPPER, K_NONE);
      i += w;
    }
  }
  return out;
}

/**
 * A run of letters, digits, combining marks and keycaps from `start` (whose first code point `c`
 * of class `k` and width `w` the scan has read) as one `WORD` piece with its letter/case flags.
 *
 * @returns Where the run ends.
 */
function scanWord(text: string, start: number, c: number, k: number, w: number, out: Pieces): number {
  const n = text.length;
  let f =
    k === C_LOWER ? F_LETTER | F_LOWER : k === C_UPPER ? F_LETTER | F_UPPER | F_HAS_UPPER : k === C_LETTER ? F_LETTER : k === C_DIGIT ? F_DIGIT | F_DIGIT_FIRST : 0;
  if (c >= 0x300) f |= F_NORM;
  if (c >= 128 && k !== C_LOWER) f |= F_HAS_UPPER; // conservative: non-ASCII may have case (`Ⅻ`)
  let keycap = k === C_KEYCAP;
  let i = start + w;
  while (i < n) {
    const d = text.charCodeAt(i);
    // fast path for ASCII letters and digits
    if (d < 128) {
      if (d >= 97 && d <= 122) {
        f |= F_LETTER;
        i++;
        continue;
      }
      if (d >= 65 && d <= 90) {
        f |= F_LETTER | F_HAS_UPPER;
        i++;
        continue;
      }
      if (d >= 48 && d <= 57) {
        f |= F_DIGIT;
        i++;
        continue;
      }
      break;
    }
    const kk = classAt(text, i);
    if (kk === C_LOWER || kk === C_LETTER) f |= F_LETTER;
    else if (kk === C_UPPER) f |= F_LETTER | F_HAS_UPPER;
    else if (kk === C_DIGIT) f |= F_DIGIT;
    else if (kk === C_MARK || kk === C_VS) f |= F_NORM;
    else if (kk === C_KEYCAP) keycap = true;
    else if (kk === C_SHY) {
      // a soft hyphen belongs to the word only when the word goes on after it
      const ww = W;
      if (i + ww < n && isAlnum(classAt(text, i + ww))) {
        f |= F_SHY;
        i += ww;
        continue;
      }
      break;
    } else break;
    if (d >= 0x300) f |= F_NORM;
    if (kk !== C_LOWER) f |= F_HAS_UPPER;
    i += W;
  }
  out.add(start, i, WORD, f, keycap ? K_EMOJI : K_NONE);
  return i;
}

/**
 * One punctuation piece from `start` (code unit `c`): a keycap emoji on `#` / `*`, a run of the
 * same `.` `-` `–` `—`, a run of `!` / `?`, or the one character.
 *
 * @returns Where the piece ends.
 */
function scanPunct(text: string, start: number, c: number, out: Pieces): number {
  const n = text.length;
  let i = start;
  // keycap emoji on `#` and `*` (`#️⃣`): the digits are handled in the word branch
  if ((c === 35 || c === 42) && i + 1 < n && (text.charCodeAt(i + 1) === 0xfe0f || text.charCodeAt(i + 1) === 0x20e3)) {
    i += text.charCodeAt(i + 1) === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3 ? 3 : 2;
    out.add(start, i, EMOJI, 0, K_EMOJI);
    return i;
  }
  i++;
  if (c === 46 || c === 45 || c === 0x2013 || c === 0x2014) {
    while (i < n && text.charCodeAt(i) === c) i++;
  } else if (c === 33 || c === 63) {
    for (let d = text.charCodeAt(i); i < n && (d === 33 || d === 63); d = text.charCodeAt(++i));
  }
  out.add(start, i, PUNCT, 0, K_NONE);
  return i;
}

/**
 * One emoji sequence from `start` (first code point of class `k`, width `w`): a flag pair,
 * variation selectors, skin tones, keycaps, tags, and further emoji joined by ZWJ.
 *
 * @returns Where the sequence ends.
 */
function scanEmoji(text: string, start: number, k: number, w: number, out: Pieces): number {
  const n = text.length;
  let i = start + w;
  if (k === C_RI && i < n && classAt(text, i) === C_RI) i += W;
  while (i < n) {
    const kk = classAt(text, i);
    if (kk === C_VS || kk === C_SKIN || kk === C_KEYCAP || kk === C_TAG) {
      i += W;
    } else if (kk === C_ZWJ) {
      const ww = W;
      if (i + ww < n) {
        const nk = classAt(text, i + ww);
        if (nk === C_EMOJI || nk === C_RI || nk === C_SKIN) {
          i += ww + W;
          continue;
        }
      }
      break;
    } else break;
  }
  out.add(start, i, EMOJI, 0, K_EMOJI);
  return i;
}
