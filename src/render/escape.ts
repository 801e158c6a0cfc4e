/**
 * Escaping for the renderers: HTML text and attribute values, and one-line terminal text.
 *
 * @module
 */

// Code points an HTML parser reports as errors in the input stream (NUL, C0/C1 controls other
// than tab, line feed, form feed and carriage return, lone surrogates, noncharacters). They are
// replaced by U+FFFD so that the output is valid HTML for any input string.
const C0_C1 = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NONCHARACTER_BMP = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
// U+1FFFE, U+1FFFF … U+10FFFE, U+10FFFF: the last high surrogate of each plane and DFFE/DFFF.
const NONCHARACTER_ASTRAL = /[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Replaces the code points that are parse errors in HTML (and unsafe in a terminal) by U+FFFD. */
export function replaceInvalidCodePoints(s: string): string {
  return s.replace(NONCHARACTER_ASTRAL, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD').replace(NONCHARACTER_BMP, '\uFFFD').replace(C0_C1, '\uFFFD');
}

/**
 * Escapes a string for HTML text or a double- or single-quoted attribute value: `& < > " '`
 * become character references and code points that are parse errors become U+FFFD.
 *
 * @param s Any string.
 */
export function escapeHtml(s: string): string {
  return replaceInvalidCodePoints(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * One line of terminal text: runs of white space become one space, control characters
 * (escape sequences included) become U+FFFD and soft hyphens are dropped.
 *
 * @param s Any string.
 */
export function oneLine(s: string): string {
  return replaceInvalidCodePoints(s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim());
}
