/**
 * The colours of the HTML view, light and dark, and the WCAG contrast computation their test
 * uses. Every text colour is listed with the background it is drawn on ({@link contrastPairs}),
 * so a unit test can check each pair against WCAG 2.x AA (4.5:1 for text, 3:1 for lines that
 * carry meaning such as the speaker underline).
 *
 * @module
 */

/** The colours of one colour scheme. */
export interface Palette {
  /** Page background. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Secondary text (counts, definitions, roles). */
  muted: string;
  /** Background of the side panel. */
  panel: string;
  /** Links. */
  link: string;
  /** Border of the side panel and the marks. */
  border: string;
  /** Person mark background. */
  perBg: string;
  /** Person mark text. */
  perFg: string;
  /** Organisation mark background. */
  orgBg: string;
  /** Organisation mark text. */
  orgFg: string;
  /** Place mark background. */
  locBg: string;
  /** Place mark text. */
  locFg: string;
  /** Background of quoted words in the text. */
  quoteBg: string;
  /** Text of quoted words. */
  quoteFg: string;
  /** Speaker badge background. */
  badgeBg: string;
  /** Speaker badge text. */
  badgeFg: string;
  /** Background of the badge of a quote without a known speaker. */
  unknownBg: string;
  /** Text of that badge. */
  unknownFg: string;
  /** Underline of the words that name the speaker. */
  speakerLine: string;
}

/** Light scheme. */
export const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1a1a1a',
  muted: '#505860',
  panel: '#f4f5f7',
  link: '#1d4ed8',
  border: '#c9ced6',
  perBg: '#dbeafe',
  perFg: '#0b2a5c',
  orgBg: '#fdecc8',
  orgFg: '#4a2c00',
  locBg: '#d3f5df',
  locFg: '#0c3d20',
  quoteBg: '#f3ecfd',
  quoteFg: '#1a1a1a',
  badgeBg: '#5b21b6',
  badgeFg: '#ffffff',
  unknownBg: '#e5e7eb',
  unknownFg: '#1f2937',
  speakerLine: '#7c3aed',
};

/** Dark scheme. */
export const DARK: Palette = {
  bg: '#141414',
  fg: '#ececec',
  muted: '#b0b6bf',
  panel: '#1f2023',
  link: '#93c5fd',
  border: '#3f4349',
  perBg: '#1c3a63',
  perFg: '#e3eeff',
  orgBg: '#4d3708',
  orgFg: '#fff1d1',
  locBg: '#16452b',
  locFg: '#ddfbe8',
  quoteBg: '#2b2140',
  quoteFg: '#f3edff',
  badgeBg: '#c4b5fd',
  badgeFg: '#1e0b44',
  unknownBg: '#3a3d42',
  unknownFg: '#f1f2f4',
  speakerLine: '#b9a2ff',
};

/** A foreground drawn on a background, with the contrast WCAG AA asks of it. */
export interface ContrastPair {
  /** What the pair is (`person mark text`). */
  name: string;
  /** Foreground colour (`#rrggbb`). */
  fg: string;
  /** Background colour (`#rrggbb`). */
  bg: string;
  /** Least contrast ratio: 4.5 for text, 3 for meaningful lines. */
  min: number;
}

/**
 * Every foreground/background pair the view draws in one scheme, with its AA minimum.
 *
 * @param p The scheme.
 */
export function contrastPairs(p: Palette): ContrastPair[] {
  const text = (name: string, fg: string, bg: string): ContrastPair => ({ name, fg, bg, min: 4.5 });
  return [
    text('body text', p.fg, p.bg),
    text('body text in the panel', p.fg, p.panel),
    text('muted text', p.muted, p.bg),
    text('muted text in the panel', p.muted, p.panel),
    text('links', p.link, p.bg),
    text('links in the panel', p.link, p.panel),
    text('person mark', p.perFg, p.perBg),
    text('organisation mark', p.orgFg, p.orgBg),
    text('place mark', p.locFg, p.locBg),
    text('quoted words', p.quoteFg, p.quoteBg),
    text('links in quoted words', p.link, p.quoteBg),
    text('speaker badge', p.badgeFg, p.badgeBg),
    text('unknown-speaker badge', p.unknownFg, p.unknownBg),
    { name: 'speaker underline', fg: p.speakerLine, bg: p.bg, min: 3 },
    { name: 'speaker underline in quoted words', fg: p.speakerLine, bg: p.quoteBg, min: 3 },
  ];
}

/** Relative luminance of an `#rrggbb` colour (WCAG 2.x definition). */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new TypeError(`relativeLuminance: expected #rrggbb, got ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The CSS custom properties of a scheme. */
function vars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--snlp-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`)
    .join(';');
}

/**
 * The style sheet of the HTML view, scoped to `.snlp`. With `theme: 'auto'` the scheme follows
 * `prefers-color-scheme`; `snlp-light` / `snlp-dark` on the root fix it.
 */
export function buildStyles(): string {
  return [
    `.snlp{${vars(LIGHT)};color-scheme:light;color:var(--snlp-fg);background:var(--snlp-bg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:1rem}`,
    `.snlp.snlp-dark{${vars(DARK)};color-scheme:dark}`,
    `@media (prefers-color-scheme:dark){.snlp.snlp-auto{${vars(DARK)};color-scheme:dark}}`,
    '.snlp *{box-sizing:border-box}',
    '.snlp-layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(15rem,1fr);gap:1.5rem;align-items:start}',
    '@media (max-width:50rem){.snlp-layout{grid-template-columns:minmax(0,1fr)}}',
    '.snlp-text p{white-space:pre-line;margin:0 0 1em;overflow-wrap:anywhere}',
    '.snlp-text p.snlp-title{font-size:1.35em;font-weight:700;line-height:1.3}',
    '.snlp-side{background:var(--snlp-panel);border:1px solid var(--snlp-border);border-radius:.5rem;padding:.75rem 1rem;font-size:.95em;overflow-wrap:anywhere}',
    '.snlp h1,.snlp h2,.snlp h3{line-height:1.25;margin:1em 0 .4em}',
    '.snlp h1{font-size:1.5em}.snlp h2{font-size:1.1em}.snlp h3{font-size:1em}',
    '.snlp-side>:first-child{margin-top:0}',
    '.snlp ul{margin:0;padding-left:1.2em}',
    '.snlp a{color:var(--snlp-link)}',
    '.snlp a:focus-visible{outline:3px solid var(--snlp-link);outline-offset:2px}',
    '.snlp-muted,.snlp-count,.snlp dd,.snlp-meta,.snlp figcaption{color:var(--snlp-muted)}',
    '.snlp dt{font-weight:600}.snlp dd{margin:0 0 .5em}',
    '.snlp mark,.snlp-name{border-radius:.25em;padding:0 .15em;box-decoration-break:clone;-webkit-box-decoration-break:clone}',
    '.snlp-per{background:var(--snlp-per-bg);color:var(--snlp-per-fg)}',
    '.snlp-org{background:var(--snlp-org-bg);color:var(--snlp-org-fg)}',
    '.snlp-loc{background:var(--snlp-loc-bg);color:var(--snlp-loc-fg)}',
    '.snlp-tag{font-size:.62em;font-weight:700;letter-spacing:.04em;margin-left:.3em;vertical-align:.15em}',
    '.snlp q{quotes:none;background:var(--snlp-quote-bg);color:var(--snlp-quote-fg);border-radius:.2em;box-decoration-break:clone;-webkit-box-decoration-break:clone}',
    '.snlp q::before,.snlp q::after{content:none}',
    '.snlp-badge{display:inline-block;background:var(--snlp-badge-bg);color:var(--snlp-badge-fg);border-radius:1em;padding:0 .55em;margin:0 .3em 0 0;font-size:.78em;font-weight:600;line-height:1.6;white-space:nowrap;text-decoration:none}',
    '.snlp a.snlp-badge{color:var(--snlp-badge-fg)}',
    '.snlp a.snlp-badge:hover{text-decoration:underline}',
    '.snlp-badge.snlp-unknown{background:var(--snlp-unknown-bg);color:var(--snlp-unknown-fg)}',
    '.snlp-speaker{text-decoration:underline 3px var(--snlp-speaker-line);text-underline-offset:.25em}',
    '.snlp blockquote{margin:.5em 0;padding:.25em .75em;border-left:4px solid var(--snlp-speaker-line);background:var(--snlp-quote-bg);color:var(--snlp-quote-fg)}',
    '.snlp blockquote p{margin:0}.snlp figure{margin:0 0 .75em}',
    '.snlp-legend{display:flex;flex-wrap:wrap;gap:.4em;list-style:none;padding:0}',
    '.snlp-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}',
    '@media (forced-colors:active){.snlp mark,.snlp q,.snlp-badge{border:1px solid CanvasText}}',
  ].join('\n');
}
