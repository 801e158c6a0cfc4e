import { describe, expect, it } from 'vitest';
import { buildStyles, contrastPairs, contrastRatio, DARK, LIGHT, relativeLuminance } from './theme';

describe('WCAG contrast computation', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1); #777777 fails (4.48:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(() => relativeLuminance('red')).toThrow(TypeError);
  });
});

describe('colours of the HTML view meet WCAG AA', () => {
  for (const [scheme, palette] of [['light', LIGHT], ['dark', DARK]] as const) {
    it.each(contrastPairs(palette).map((p) => [p.name, p] as const))(`${scheme}: %s`, (_name, p) => {
      expect(contrastRatio(p.fg, p.bg)).toBeGreaterThanOrEqual(p.min);
    });
  }

  it('every colour the style sheet uses is defined in both schemes', () => {
    const css = buildStyles();
    const used = new Set([...css.matchAll(/var\((--snlp-[a-z-]+)\)/g)].map((m) => m[1]!));
    const defined = (p: typeof LIGHT) => new Set(Object.keys(p).map((k) => `--snlp-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`));
    for (const v of used) {
      expect(defined(LIGHT).has(v), v).toBe(true);
      expect(defined(DARK).has(v), v).toBe(true);
    }
    expect(css).toContain('prefers-color-scheme:dark');
  });
});
