import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAWN_STYLES, HIGHLIGHT_COLORS, HIGHLIGHT_STYLES } from '../../glossary/settings-schema';
import { highlightLook } from '../../entrypoints/content/drawn-style';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');

function luminance(hex: string): number {
  const channels = hex.replace('#', '').match(/../g)!.map((part) => parseInt(part, 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.2 contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('WCAG 2.2 AA contrast', () => {
  const underlines = [...read('entrypoints/content/style.css').matchAll(/::highlight\(termlight-underline-(\w+)\)[^{]*\{[^}]*text-decoration-color:\s*(#[0-9a-f]{6})/g)].map(
    ([, name, color]) => [name!, color!] as const,
  );

  it('finds every highlight colour of the settings in the content CSS, and no other', () => {
    expect(underlines.map(([name]) => name)).toEqual([...HIGHLIGHT_COLORS]);
  });

  it('has a rule for every style and colour the settings offer', () => {
    const css = read('entrypoints/content/style.css');
    const missing = DRAWN_STYLES.flatMap((style) => HIGHLIGHT_COLORS.map((color) => `termlight-${style}-${color}`)).filter((name) => !css.includes(`::highlight(${name})`));
    expect(missing).toEqual([]);
  });

  it('draws every setting, the default one included, on short and very long pages, with rules the CSS has', () => {
    const css = read('entrypoints/content/style.css');
    const looks = HIGHLIGHT_STYLES.flatMap((style) => HIGHLIGHT_COLORS.flatMap((color) => [false, true].map((longPage) => highlightLook({ style, color }, longPage))));
    const missing = [...new Set(looks.flatMap((look) => [look.terms, look.parts]))].filter((name) => !css.includes(`::highlight(${name})`));
    expect(missing).toEqual([]);
  });

  // An underline is a non-text indicator: 3:1 against the page (WCAG 1.4.11), on white and black pages alike.
  it.each(underlines)('the %s underline (%s) stands out 3:1 on white and on black pages', (_, color) => {
    expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(color, '#000000')).toBeGreaterThanOrEqual(3);
  });

  // Word-parts guesses: a lighter underline of their own, still a non-text indicator.
  const parts = read('entrypoints/content/style.css').match(/::highlight\(termlight-parts\)\s*\{([^}]*)\}/)?.[1] ?? '';
  it('the word-parts underline stands out 3:1 on white and on black pages, and is lighter than a term underline', () => {
    const color = parts.match(/text-decoration-color:\s*(#[0-9a-f]{6})/)?.[1];
    expect(color).toBeDefined();
    expect(contrast(color!, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(color!, '#000000')).toBeGreaterThanOrEqual(3);
    expect(parts).toMatch(/text-decoration-thickness:\s*1px/);
    expect(parts).toMatch(/text-decoration-style:\s*dotted/);
  });

  // Where terms are a background, guesses are a background too, fainter than any term's.
  const alphas = (css: string) => [...css.matchAll(/background-color:\s*rgb\([^/]+\/\s*([0-9.]+)\)/g)].map(([, alpha]) => Number(alpha));
  it('the word-parts tint is fainter than every term background', () => {
    const css = read('entrypoints/content/style.css');
    const tint = alphas(css.match(/::highlight\(termlight-parts-tint\)\s*\{([^}]*)\}/)?.[1] ?? '');
    const terms = alphas([...css.matchAll(/::highlight\(termlight-background-\w+\)[^{]*\{([^}]*)\}/g)].map(([, body]) => body).join(''));
    expect(tint).toHaveLength(1);
    expect(terms).toHaveLength(HIGHLIGHT_COLORS.length);
    expect(Math.max(...tint)).toBeLessThan(Math.min(...terms));
  });

  const tooltip = read('entrypoints/content/tooltip/tooltip.css');
  const themes = tooltip.split('@media (prefers-color-scheme: dark)');
  const variables = (css: string) => Object.fromEntries([...css.matchAll(/--tl-(\w+):\s*(#[0-9a-f]{6})/g)].map(([, name, value]) => [name!, value!]));
  const light = variables(themes[0]!);
  const dark = { ...light, ...variables(themes[1]!) };

  it.each([
    ['light', light],
    ['dark', dark],
  ])('the card text reads at 4.5:1 or better in the %s theme', (_, theme) => {
    for (const part of ['fg', 'muted', 'accent']) {
      expect(contrast(theme[part]!, theme.bg!), `${part} on bg`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(theme.focus!, theme.bg!), 'focus ring').toBeGreaterThanOrEqual(3);
  });
});
