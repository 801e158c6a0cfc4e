/**
 * Test helper: parses `toHtml` output with parse5 (the WHATWG parsing algorithm) and checks
 * that it is valid, safe and shows the input text exactly.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { replaceInvalidCodePoints } from '../src/render/escape';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The only elements `toHtml` writes. */
const ALLOWED = new Set([
  'html', 'head', 'body', 'meta', 'title', 'style', 'main', 'div', 'section', 'aside', 'p', 'q', 'mark', 'span', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'cite', 'figure', 'blockquote', 'figcaption',
]);
const ALLOWED_ATTRS = new Set(['class', 'id', 'href', 'cite', 'title', 'lang', 'aria-label', 'aria-hidden', 'charset', 'name', 'content']);

/** What a parse found. */
export interface HtmlCheck {
  /** Parse errors (code and offset). */
  errors: string[];
  /** Elements or attributes outside the allowed sets (`script`, `onclick` …). */
  unexpected: string[];
  /** Ids used more than once. */
  duplicateIds: string[];
  /** `href="#…"` / `cite="#…"` pointing at no id. */
  brokenLinks: string[];
  /** The text of each `<p>` of the article section, added labels left out. */
  paragraphs: string[];
  /** The root nodes. */
  root: Node;
}

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function classes(el: Element): string[] {
  return (attr(el, 'class') ?? '').split(/\s+/);
}

/** Text of a node without the elements marked `snlp-added` (badges, type tags, screen-reader labels). */
export function ownText(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(n) && classes(n).includes('snlp-added')) return '';
  return 'childNodes' in n ? (n.childNodes as Node[]).map(ownText).join('') : '';
}

/** Every element under a node, in document order. */
export function elements(n: Node): Element[] {
  const out: Element[] = [];
  const walk = (x: Node) => {
    if (isElement(x)) out.push(x);
    if ('childNodes' in x) for (const c of x.childNodes as Node[]) walk(c);
    if (x.nodeName === 'template') walk((x as DefaultTreeAdapterMap['template']).content);
  };
  walk(n);
  return out;
}

/** Parses `toHtml` output (a fragment, or a page when it starts with a doctype) and checks it. */
export function checkHtml(html: string): HtmlCheck {
  const errors: string[] = [];
  const onParseError = (e: { code: string; startOffset: number }) => errors.push(`${e.code} at ${e.startOffset}: ${JSON.stringify(html.slice(e.startOffset - 20, e.startOffset + 20))}`);
  const root = (html.startsWith('<!DOCTYPE') ? parse(html, { onParseError }) : parseFragment(html, { onParseError })) as Node;
  const els = elements(root);
  const unexpected: string[] = [];
  const ids = new Map<string, number>();
  for (const el of els) {
    if (!ALLOWED.has(el.tagName)) unexpected.push(`<${el.tagName}>`);
    for (const a of el.attrs) if (!ALLOWED_ATTRS.has(a.name)) unexpected.push(`${el.tagName}[${a.name}]`);
    const id = attr(el, 'id');
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  const brokenLinks: string[] = [];
  for (const el of els) {
    for (const name of ['href', 'cite']) {
      const v = attr(el, name);
      if (v !== undefined && !(v.startsWith('#') && ids.has(v.slice(1)))) brokenLinks.push(`${el.tagName}[${name}=${v}]`);
    }
  }
  const section = els.find((el) => el.tagName === 'section' && classes(el).includes('snlp-text'));
  const paragraphs = section ? elements(section).filter((el) => el.tagName === 'p').map(ownText) : [];
  return { errors, unexpected, duplicateIds: [...ids].filter(([, n]) => n > 1).map(([id]) => id), brokenLinks, paragraphs, root };
}

/** A paragraph of the input as the parsed HTML must show it (invalid code points as U+FFFD, CR as LF). */
export function expectedText(s: string): string {
  return replaceInvalidCodePoints(s).replace(/\r\n?/g, '\n');
}
