import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_STYLES, DEFAULT_SETTINGS } from '../../glossary/settings-schema';
import { drawnStyle, highlightLook, isLongPage, LONG_PAGE_ELEMENTS } from '../../entrypoints/content/drawn-style';

/** A stand-in document with `count` elements: only what isLongPage reads. */
function documentWith(count: number): Document {
  return { getElementsByTagName: (name: string) => ({ length: name === '*' ? count : 0 }) } as unknown as Document;
}

describe('the drawn style', () => {
  it('is the default underline on ordinary pages, and a background from the long-page size up', () => {
    expect(DEFAULT_SETTINGS.style).toBe('auto');
    expect(drawnStyle('auto', false)).toBe('underline');
    expect(drawnStyle('auto', true)).toBe('background');
    expect(isLongPage(documentWith(LONG_PAGE_ELEMENTS - 1))).toBe(false);
    expect(isLongPage(documentWith(LONG_PAGE_ELEMENTS))).toBe(true);
  });

  it('keeps every style the reader picked, whatever the page', () => {
    for (const style of HIGHLIGHT_STYLES.filter((style) => style !== 'auto')) {
      expect(drawnStyle(style, false)).toBe(style);
      expect(drawnStyle(style, true)).toBe(style);
    }
  });

  it('names the terms by drawn style and colour, and guesses by whether terms are underlined', () => {
    expect(highlightLook({ style: 'auto', color: 'rose' }, false)).toEqual({ terms: 'termlight-underline-rose', parts: 'termlight-parts' });
    expect(highlightLook({ style: 'auto', color: 'rose' }, true)).toEqual({ terms: 'termlight-background-rose', parts: 'termlight-parts-tint' });
    expect(highlightLook({ style: 'both', color: 'blue' }, true)).toEqual({ terms: 'termlight-both-blue', parts: 'termlight-parts' });
    expect(highlightLook({ style: 'background', color: 'teal' }, false)).toEqual({ terms: 'termlight-background-teal', parts: 'termlight-parts-tint' });
  });
});
