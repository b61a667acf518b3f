import type { DrawnStyle, Settings } from '../../glossary/settings-schema';
import { PARTS_HIGHLIGHT, PARTS_TINT_HIGHLIGHT } from './word-parts';

/**
 * From this many elements up a page counts as very long, and the default style draws a soft
 * background there instead of a dotted underline.
 *
 * Why: while any registered highlight draws a text decoration, Chromium treats the decorated text
 * as overflowing, and in every frame in which the page's style or DOM changed (a hover card, a
 * menu, the page's own scripts) it rebuilds its highlight markers and recomputes and repaints that
 * overflow, at a cost that grows with the whole page, however few ranges are registered. Timed on a
 * plain copy of the page benchmark's 1 MB article showing a card-sized element (no extension, one
 * underlined range; `npm run bench:decoration`): +0.1 ms per change at 1,100 elements, +2.8 ms at
 * 4,000, +4.5 ms at 13,300 (p50). A background tint is not an overflow, and costs nothing there
 * (bench/RESULTS-page.md, round 13).
 */
export const LONG_PAGE_ELEMENTS = 5_000;

/** Whether `doc` is long enough for the default style to draw a background. */
export function isLongPage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length >= LONG_PAGE_ELEMENTS;
}

/** The style drawn for the setting: 'auto' is an underline, or a background on a very long page. */
export function drawnStyle(style: Settings['style'], longPage: boolean): DrawnStyle {
  if (style !== 'auto') return style;
  return longPage ? 'background' : 'underline';
}

/** The CSS.highlights names a page's terms and word-parts guesses are shown under. */
export interface HighlightLook {
  terms: string;
  parts: string;
}

/** content.css has one rule set per name: terms by drawn style and colour, guesses by whether they are underlined. */
export function highlightLook(settings: Pick<Settings, 'style' | 'color'>, longPage: boolean): HighlightLook {
  const drawn = drawnStyle(settings.style, longPage);
  return {
    terms: `termlight-${drawn}-${settings.color}`,
    parts: drawn === 'background' ? PARTS_TINT_HIGHLIGHT : PARTS_HIGHLIGHT,
  };
}
