import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../glossary/matcher';
import { DocumentIndex } from '../../entrypoints/reader/text-index';
import { joinLineHyphens, lineHyphenMatcher } from '../../entrypoints/reader/line-hyphens';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { entry } from './helpers/entries';
import { readerPath, looksLikePdfUrl } from '../../utils/messages/reader-link';

/** A matcher that knows two words: entry 0 "anemia", entry 1 "insulin". */
const tiny: Matcher = {
  findInText: (text) => [...text.matchAll(/anemia|insulin/gi)].map((m) => ({ entry: m[0].toLowerCase() === 'anemia' ? 0 : 1, start: m.index, end: m.index + m[0].length })) as never,
  findInSegments: () => [],
  isTopicEvidence: () => false,
};

/** No page here to give the thread back to: a slow run (a loaded machine) yields to nothing. */
const NO_PAGE = { yieldNow: async () => {} };

describe('the reader document index', () => {
  it('counts terms over all pages, finds text across line breaks, and knows the next page with terms', async () => {
    const pages = ['Anemia and\nmore anemia', 'nothing here', 'insulin doses\nfor diabetes'];
    const index = new DocumentIndex(pages.length);
    await index.build(async (page) => pages[page - 1]!, tiny, new AbortController().signal, () => {}, NO_PAGE);
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
    await index.build(async () => '  \n', tiny, new AbortController().signal, () => {}, NO_PAGE);
    expect(index.textChars).toBe(0);
  });
});

describe('words hyphenated at a line end', () => {
  const compiled = compile([{ packId: 't', entries: [entry('hypoplasia', 'hypoplasia'), entry('x-ray', 'X-ray'), entry('heartburn', 'heartburn'), entry('bp', 'high blood pressure')] }]);
  const matcher = lineHyphenMatcher(createMatcher(compiled));
  const termOf = (index: number) => compiled.entries[index]!.id;
  const found = (text: string) => matcher.findInText(text).map((match) => ({ id: termOf(match.entry), text: text.slice(match.start, match.end) }));

  it('joins a hyphen at a line end before a lower-case letter, and nowhere else', () => {
    expect(joinLineHyphens('a hypo-\nplasia b').text).toBe('a hypoplasia b');
    expect(joinLineHyphens('heart\u2010 \n  burn').text).toBe('heartburn');
    // Mid-line hyphens, a capital or a digit after the break, or no letter before the hyphen: left alone.
    for (const text of ['hypo-plasia', 'hypo-\nPlasia', 'day 2-\n3', 'see -\nbelow', 'hypo\nplasia']) expect(joinLineHyphens(text)).toEqual({ text, origin: null });
  });

  it('finds the joined word, its match covering both halves as printed', () => {
    expect(found('Mild hypo-\nplasia of the left kidney.')).toEqual([{ id: 'hypoplasia', text: 'hypo-\nplasia' }]);
    // A hyphenated compound broken at its own hyphen is still its glossary term (through its closed form).
    expect(found('A chest X-\nray was normal; heart-\nburn after meals.')).toEqual([
      { id: 'x-ray', text: 'X-\nray' },
      { id: 'heartburn', text: 'heart-\nburn' },
    ]);
    // The plain matcher does not see them.
    expect(createMatcher(compiled).findInText('Mild hypo-\nplasia.')).toEqual([]);
    expect(found('hypo-\nPlasia, hypo- plasia')).toEqual([]);
  });

  it('maps matches to the text-layer spans on both lines', () => {
    // PDF.js text layer: one node per text item, a line break node after each line.
    const segments = ['Mild hypo-', '\n', 'plasia of the kidney and high blood', '\n', 'pressure. An X', '-', '\n', 'ray.'];
    const matches = matcher.findInSegments(segments);
    const texts = matches.map((match) => {
      let text = '';
      for (let s = match.start.segment; s <= match.end.segment; s++) {
        const from = s === match.start.segment ? match.start.offset : 0;
        const to = s === match.end.segment ? match.end.offset : segments[s]!.length;
        text += segments[s]!.slice(from, to);
      }
      return { id: termOf(match.entry), text, start: match.start, end: match.end };
    });
    expect(texts).toEqual([
      { id: 'hypoplasia', text: 'hypo-\nplasia', start: { segment: 0, offset: 5 }, end: { segment: 2, offset: 6 } },
      { id: 'bp', text: 'high blood\npressure', start: { segment: 2, offset: 25 }, end: { segment: 4, offset: 8 } },
      { id: 'x-ray', text: 'X-\nray', start: { segment: 4, offset: 13 }, end: { segment: 7, offset: 3 } },
    ]);
    // Text without a line-end hyphen goes to the matcher untouched.
    expect(matcher.findInSegments(['high blood', '\n', 'pressure'])).toEqual(createMatcher(compiled).findInSegments(['high blood', '\n', 'pressure']));
  });

  it('counts joined words in the document index, and find finds them', async () => {
    const pages = ['Hypoplasia here, and hypo-\nplasia there.', 'A chest X-\nray. Hypo-\nPlasia Ward.'];
    const index = new DocumentIndex(pages.length);
    // A clock that says every page took a whole slice: the index gives the thread back after each.
    let time = 0;
    let yields = 0;
    await index.build(async (page) => pages[page - 1]!, matcher, new AbortController().signal, () => {}, { now: () => (time += 100), yieldNow: async () => void yields++ });
    expect(yields).toBe(pages.length);
    expect(index.terms().map((term) => ({ id: termOf(term.entry), count: term.count }))).toEqual([{ id: 'hypoplasia', count: 2 }, { id: 'x-ray', count: 1 }]);
    expect(index.find('hypoplasia')).toEqual([{ page: 1, start: 0, end: 10 }, { page: 1, start: 21, end: 33 }]);
    expect(index.find('x-ray')).toEqual([{ page: 2, start: 8, end: 14 }]);
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
