/**
 * Views of an analysis for people: {@link toHtml} (a safe, self-contained HTML fragment or
 * page) and {@link toText} (a plain terminal report). Browser-safe.
 *
 * @module
 */
export { toHtml, htmlStyles, type HtmlOptions } from './html';
export { toText, type TextOptions } from './text';
export type { RenderLang } from './labels';
