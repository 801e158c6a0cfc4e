import { BARE_DOMAIN_TLDS } from '../../../data/sv/abbreviations';
import { K_EMAIL, K_HASHTAG, K_MENTION, K_URL, PUNCT, WORD, copy, glued, isChar, len, merge, type Pieces } from './piece';

const TLDS = new Set(BARE_DOMAIN_TLDS);
const SCHEMES = new Set(['http', 'https', 'ftp', 'www']);

/** Characters that end a URL rather than belong to it: `.` `,` `;` `:` `!` `?` quotes and closing brackets. */
function isTrailing(text: string, P: Pieces, i: number): boolean {
  if (P.t[i] !== PUNCT) return false;
  const c = text.charCodeAt(P.s[i]!);
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 39 || c === 41 ||
    c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0xab || c === 62
  );
}

/** Opening brackets and quotes a URL or address may follow without a space. */
function isOpening(text: string, P: Pieces, i: number): boolean {
  if (P.t[i] !== PUNCT || len(P, i) !== 1) return false;
  const c = text.charCodeAt(P.s[i]!);
  return c === 40 || c === 91 || c === 34 || c === 39 || c === 60 || c === 0x201d || c === 0x201c || c === 0xbb || c === 0xab || c === 58;
}

/** Characters allowed in the local part and domain of an e-mail address besides letters and digits. */
function isMailPunct(text: string, P: Pieces, i: number): boolean {
  if (P.t[i] !== PUNCT || len(P, i) !== 1) return false;
  const c = text.charCodeAt(P.s[i]!);
  return c === 46 || c === 45 || c === 95 || c === 43;
}

/**
 * Pass 02 — URLs (`https://…`, `www.…`, bare `svt.se/…` with a known lower-case top-level domain),
 * e-mail addresses, `#hashtags` and `@mentions`. A URL runs to the next whitespace, minus trailing
 * punctuation (a `)` stays when the URL opened one). Linear: every glued group is measured once.
 */
export function urlsEmails(text: string, P: Pieces): void {
  const n = P.n;
  let w = 0;
  let i = 0;
  let g = -1; // end of the current glued group (computed once per group: linear)
  while (i < n) {
    const prevGlued = w > 0 && glued(P, w - 1, i);
    if (P.t[i] === WORD && (!prevGlued || isOpening(text, P, w - 1))) {
      if (g < i) {
        g = i;
        while (g + 1 < n && glued(P, g, g + 1)) g++;
      }
      if (g > i) {
        const next = urlOrMail(text, P, i, g, w);
        if (next > 0) {
          w++;
          i = next;
          continue;
        }
      }
    }
    // hashtags and mentions: '#' / '@' after whitespace, glued to a word
    if (P.t[i] === PUNCT && len(P, i) === 1 && !prevGlued && i + 1 < n) {
      const c = text.charCodeAt(P.s[i]!);
      if ((c === 35 || c === 64) && P.t[i + 1] === WORD && glued(P, i, i + 1)) {
        let j = i + 1;
        while (j + 2 < n && isChar(text, P, j + 1, 95) && glued(P, j, j + 1) && P.t[j + 2] === WORD && glued(P, j + 1, j + 2)) j += 2;
        merge(P, i, j, c === 35 ? K_HASHTAG : K_MENTION, w++);
        i = j + 1;
        continue;
      }
    }
    copy(P, i++, w++);
  }
  P.n = w;
}

/** Writes a URL or e-mail starting at piece `i` (group end `g`) to `w`; returns the next piece, or 0. */
function urlOrMail(text: string, P: Pieces, i: number, g: number, w: number): number {
  const lower = len(P, i) <= 5 ? text.slice(P.s[i], P.e[i]).toLowerCase() : '';
  let isUrl = false;
  if (SCHEMES.has(lower)) {
    if (lower === 'www') isUrl = isChar(text, P, i + 1, 46) && P.t[i + 2] === WORD && i + 2 <= g;
    else isUrl = isChar(text, P, i + 1, 58) && isChar(text, P, i + 2, 47) && isChar(text, P, i + 3, 47) && i + 3 <= g;
  }
  if (!isUrl) {
    // e-mail: word ([.-_+] word)* @ word ([.-] word)+
    let j = i;
    while (j + 2 <= g && isMailPunct(text, P, j + 1) && P.t[j + 2] === WORD) j += 2;
    if (j + 1 <= g && isChar(text, P, j + 1, 64)) {
      let d = j + 2;
      if (d <= g && P.t[d] === WORD) {
        let dots = 0;
        while (d + 2 <= g && isMailPunct(text, P, d + 1) && P.t[d + 2] === WORD) {
          if (text.charCodeAt(P.s[d + 1]!) === 46) dots++;
          d += 2;
        }
        if (dots > 0) {
          merge(P, i, d, K_EMAIL, w);
          return d + 1;
        }
      }
    }
    // bare domain: word (. word)+ with a known lower-case TLD, optionally a /path
    j = i;
    let labels = 1;
    let tldEnd = -1;
    while (j + 2 <= g && (isChar(text, P, j + 1, 46) || isChar(text, P, j + 1, 45)) && P.t[j + 2] === WORD && labels < 8) {
      j += 2;
      labels++;
      if (isChar(text, P, j - 1, 46) && len(P, j) <= 4 && TLDS.has(text.slice(P.s[j], P.e[j]))) tldEnd = j;
    }
    if (tldEnd < 0) return 0;
    const slash = tldEnd + 1 <= g && isChar(text, P, tldEnd + 1, 47);
    // the domain must not go on with something else glued after it
    if (tldEnd + 1 <= g && !slash && !isTrailing(text, P, tldEnd + 1)) return 0;
    if (!slash) {
      merge(P, i, tldEnd, K_URL, w);
      return tldEnd + 1;
    }
  }
  // URL: to the end of the glued group, minus trailing punctuation
  let end = g;
  let balance = 0; // open minus closed round brackets
  for (let j = i; j <= g; j++) {
    if (isChar(text, P, j, 40)) balance++;
    else if (isChar(text, P, j, 41)) balance--;
  }
  while (end > i && isTrailing(text, P, end)) {
    if (isChar(text, P, end, 41)) {
      if (balance >= 0) break; // `…/Sverige_(land)` keeps its `)`
      balance++;
    }
    end--;
  }
  merge(P, i, end, K_URL, w);
  return end + 1;
}
