import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../glossary/matcher';
import { DocumentIndex } from '../../entrypoints/reader/text-index';
import { readerPath, looksLikePdfUrl } from '../../utils/reader-link';

/** A matcher that knows two words: entry 0 "anemia", entry 1 "insulin". */
const tiny: Matcher = {
  findInText: (text) => [...text.matchAll(/anemia|insulin/gi)].map((m) => ({ entry: m[0].toLowerCase() === 'anemia' ? 0 : 1, start: m.index, end: m.index + m[0].length })) as never,
  findInSegments: () => [],
  isTopicEvidence: () => false,
};

describe('the reader document index', () => {
  it('counts terms over all pages, finds text across line breaks, and knows the next page with terms', async () => {
    const pages = ['Anemia and\nmore anemia', 'nothing here', 'insulin doses\nfor diabetes'];
    const index = new DocumentIndex(pages.length);
    await index.build(async (page) => pages[page - 1]!, tiny, new AbortController().signal, () => {});
    expect(index.complete).toBe(true);
    expect(index.terms()).toEqual([{ entry: 0, count: 2, pages: [1, 1] }, { entry: 1, count: 1, pages: [3] }]);
    expect(index.pageWithTerms(1, 1)).toBe(3);
    expect(index.pageWithTerms(3, -1)).toBe(1);
    expect(index.pageWithTerms(3, 1)).toBeNull();
    expect(index.find('and more')).toEqual([{ page: 1, start: 7, end: 15 }]);
    expect(index.find('doses for')).toEqual([{ page: 3, start: 8, end: 17 }]);
    expect(index.find('(')).toEqual([]);
  });

  it('says a document without text has none', async () => {
    const index = new DocumentIndex(2);
    await index.build(async () => '  \n', tiny, new AbortController().signal, () => {});
    expect(index.textChars).toBe(0);
  });
});

describe('reader links', () => {
  it('encodes the PDF address and recognises PDF addresses', () => {
    expect(readerPath('https://example.org/a b.pdf?x=1&y=2')).toBe('/reader.html?url=https%3A%2F%2Fexample.org%2Fa%20b.pdf%3Fx%3D1%26y%3D2');
    expect(readerPath()).toBe('/reader.html');
    expect(looksLikePdfUrl('https://example.org/leaflet.PDF?download=1')).toBe(true);
    expect(looksLikePdfUrl('https://example.org/leaflet.html')).toBe(false);
    expect(looksLikePdfUrl('chrome://settings/x.pdf')).toBe(false);
    expect(looksLikePdfUrl(undefined)).toBe(false);
  });
});
