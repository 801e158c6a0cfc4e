import { BARE_DOMAIN_TLDS } from '../../../data/sv/abbreviations';
import { PUNCT, WORD, glued, isChar, merge, Out, type Piece } from './piece';

const TLDS = new Set(BARE_DOMAIN_TLDS);
const SCHEMES = new Set(['http', 'https', 'ftp', 'www']);

/** Characters that end a URL rather than belong to it: `.` `,` `;` `:` `!` `?` quotes and closing brackets. */
function isTrailing(text: string, p: Piece): boolean {
  if (p.t !== PUNCT) return false;
  const c = text.charCodeAt(p.s);
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 39 || c === 41 ||
    c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0xab || c === 62
  );
}

/** Opening brackets and quotes a URL or address may follow without a space. */
function isOpening(text: string, p: Piece): boolean {
  if (p.t !== PUNCT || p.e - p.s !== 1) return false;
  const c = text.charCodeAt(p.s);
  return c === 40 || c === 91 || c === 34 || c === 39 || c === 60 || c === 0x201d || c === 0x201c || c === 0xbb || c === 0xab || c === 58;
}

/** Characters allowed in the local part and domain of an e-mail address besides letters and digits. */
function isMailPunct(text: string, p: Piece): boolean {
  if (p.t !== PUNCT || p.e - p.s !== 1) return false;
  const c = text.charCodeAt(p.s);
  return c === 46 || c === 45 || c === 95 || c === 43;
}

/**
 * Pass 02 — URLs (`https://…`, `www.…`, bare `svt.se/…` with a known lower-case top-level domain),
 * e-mail addresses, `#hashtags` and `@mentions`. A URL runs to the next whitespace, minus trailing
 * punctuation (a `)` stays when the URL opened one). Linear: every piece is looked at a bounded
 * number of times.
 */
export function urlsEmails(text: string, ps: Piece[]): Piece[] {
  const out = new Out(ps);
  const n = ps.length;
  let i = 0;
  let g = -1; // end of the current glued group (computed once per group: linear)
  while (i < n) {
    const p = ps[i]!;
    const prev = out.last();
    const prevGlued = glued(prev, p);
    if (p.t === WORD && (!prevGlued || isOpening(text, prev!))) {
      if (g < i) {
        g = i;
        while (g + 1 < n && glued(ps[g], ps[g + 1])) g++;
      }
      if (g > i) {
        const r = urlOrMail(text, ps, i, g);
        if (r !== null) {
          out.push(r.piece);
          i = r.next;
          continue;
        }
      }
    }
    // hashtags and mentions: '#' / '@' after whitespace, glued to a word
    if (p.t === PUNCT && p.e - p.s === 1 && !prevGlued && i + 1 < n) {
      const c = text.charCodeAt(p.s);
      if ((c === 35 || c === 64) && ps[i + 1]!.t === WORD && glued(p, ps[i + 1])) {
        let j = i + 1;
        while (j + 2 < n && isChar(text, ps[j + 1], 95) && glued(ps[j], ps[j + 1]) && ps[j + 2]!.t === WORD && glued(ps[j + 1], ps[j + 2])) j += 2;
        out.push(merge(ps, i, j, c === 35 ? 'hashtag' : 'mention'));
        i = j + 1;
        continue;
      }
    }
    out.push(p);
    i++;
  }
  return out.done();
}

function urlOrMail(text: string, ps: Piece[], i: number, g: number): { piece: Piece; next: number } | null {
  const first = ps[i]!;
  const lower = first.e - first.s <= 5 ? text.slice(first.s, first.e).toLowerCase() : '';
  let isUrl = false;
  if (SCHEMES.has(lower)) {
    if (lower === 'www') isUrl = isChar(text, ps[i + 1], 46) && ps[i + 2]?.t === WORD;
    else isUrl = isChar(text, ps[i + 1], 58) && isChar(text, ps[i + 2], 47) && isChar(text, ps[i + 3], 47);
  }
  if (!isUrl) {
    // e-mail: word ([.-_+] word)* @ word ([.-] word)+
    let j = i;
    while (j + 2 <= g && isMailPunct(text, ps[j + 1]!) && ps[j + 2]!.t === WORD) j += 2;
    if (j + 1 <= g && isChar(text, ps[j + 1], 64)) {
      let d = j + 2;
      if (d <= g && ps[d]!.t === WORD) {
        let dots = 0;
        while (d + 2 <= g && isMailPunct(text, ps[d + 1]!) && ps[d + 2]!.t === WORD) {
          if (text.charCodeAt(ps[d + 1]!.s) === 46) dots++;
          d += 2;
        }
        if (dots > 0) return { piece: merge(ps, i, d, 'email'), next: d + 1 };
      }
    }
    // bare domain: word (. word)+ with a known lower-case TLD, optionally a /path
    j = i;
    let labels = 1;
    let tldEnd = -1;
    while (j + 2 <= g && (isChar(text, ps[j + 1], 46) || isChar(text, ps[j + 1], 45)) && ps[j + 2]!.t === WORD && labels < 8) {
      j += 2;
      labels++;
      const q = ps[j]!;
      if (isChar(text, ps[j - 1], 46) && q.e - q.s <= 4 && TLDS.has(text.slice(q.s, q.e))) tldEnd = j;
    }
    if (tldEnd < 0) return null;
    // the domain must not go on with letters glued after it
    if (tldEnd + 1 <= g && !isChar(text, ps[tldEnd + 1], 47) && !isTrailing(text, ps[tldEnd + 1]!)) return null;
    if (!isChar(text, ps[tldEnd + 1], 47)) return { piece: merge(ps, i, tldEnd, 'url'), next: tldEnd + 1 };
  }
  // URL: to the end of the glued group, minus trailing punctuation
  let end = g;
  let opens = 0;
  for (let j = i; j <= g; j++) {
    if (isChar(text, ps[j], 40)) opens++;
  }
  while (end > i && isTrailing(text, ps[end]!)) {
    if (isChar(text, ps[end], 41) && opens > 0) break;
    end--;
  }
  return { piece: merge(ps, i, end, 'url'), next: end + 1 };
}
