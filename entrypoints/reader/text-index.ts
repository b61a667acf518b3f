import type { Matcher } from '../../glossary/matcher';
import { SliceClock, yieldToMain } from '../content/slices';

/** Distinct topic-evidence terms that make a document "about health" (as PageScanner counts them). */
const TOPIC_MIN_TERMS = 6;

export interface IndexedTerm {
  entry: number;
  count: number;
  /** The page of each occurrence, in document order. */
  pages: number[];
}

/**
 * The whole document's terms, page by page, from PDF.js's text content (no drawing): what the
 * side panel and the popup list, and where keyboard stepping and "next occurrence" go when the
 * page holding a term is not drawn yet. Keeps only the page texts and entry numbers.
 */
export class DocumentIndex {
  /** Text of each page, as its text layer holds it (find in document). */
  readonly texts: string[] = [];
  /** Entries found on each page, in order of appearance. */
  readonly entriesByPage: number[][] = [];
  #topic = new Set<number>();
  complete = false;

  constructor(private readonly pageCount: number) {}

  get textChars(): number {
    return this.texts.reduce((sum, text) => sum + text.trim().length, 0);
  }

  /**
   * Reads every page's text in slices; `onProgress` after each page. Stops when `signal` aborts.
   * `slicing` is the clock and the way to give the thread back (the page's, unless a test gives its own).
   */
  async build(
    textOf: (page: number) => Promise<string>,
    matcher: Matcher,
    signal: AbortSignal,
    onProgress: (pagesDone: number) => void,
    { now, yieldNow = () => yieldToMain() }: { now?: () => number; yieldNow?: () => Promise<void> } = {},
  ): Promise<void> {
    const clock = new SliceClock(now);
    for (let page = 1; page <= this.pageCount; page++) {
      let text: string;
      try {
        text = await textOf(page);
      } catch {
        text = '';
      }
      if (signal.aborted) return;
      this.texts[page - 1] = text;
      this.entriesByPage[page - 1] = this.#match(text, matcher);
      onProgress(page);
      if (clock.due()) {
        await yieldNow();
        clock.restart();
      }
    }
    this.complete = true;
  }

  /** Re-matches the texts already read (settings or glossary changed). */
  rematch(matcher: Matcher): void {
    this.#topic.clear();
    for (let i = 0; i < this.texts.length; i++) this.entriesByPage[i] = this.#match(this.texts[i] ?? '', matcher);
  }

  #match(text: string, matcher: Matcher): number[] {
    const found = matcher.findInText(text, { healthTopic: this.#topic.size >= TOPIC_MIN_TERMS });
    for (const match of found) if (matcher.isTopicEvidence(match)) this.#topic.add(match.entry);
    return found.map((match) => match.entry);
  }

  /** Terms in order of first appearance, with counts and pages. */
  terms(): IndexedTerm[] {
    const byEntry = new Map<number, IndexedTerm>();
    this.entriesByPage.forEach((entries, index) => {
      for (const entry of entries) {
        let term = byEntry.get(entry);
        if (!term) byEntry.set(entry, (term = { entry, count: 0, pages: [] }));
        term.count++;
        term.pages.push(index + 1);
      }
    });
    return [...byEntry.values()];
  }

  /** The first page after (direction 1) or before (-1) `page` that has any term, or null. */
  pageWithTerms(page: number, direction: 1 | -1): number | null {
    for (let p = page + direction; p >= 1 && p <= this.entriesByPage.length; p += direction) {
      if ((this.entriesByPage[p - 1]?.length ?? 0) > 0) return p;
    }
    return null;
  }

  /**
   * Every place `query` occurs (case and spacing ignored, and a word hyphenated at a line end
   * found whole, as matching finds it: see line-hyphens.ts): page and offsets in the page text.
   */
  find(query: string, limit = 1000): { page: number; start: number; end: number }[] {
    const words = query.trim().split(/\s+/).filter(Boolean).map(wordPattern);
    if (words.length === 0) return [];
    // Case is matched per letter (see wordPattern), not with the `i` flag: that would let the
    // lower-case check after a line break accept capitals too.
    const pattern = new RegExp(words.join('\\s+'), 'gu');
    const out: { page: number; start: number; end: number }[] = [];
    this.texts.forEach((text, index) => {
      for (const match of text.matchAll(pattern)) {
        if (out.length >= limit) return;
        out.push({ page: index + 1, start: match.index, end: match.index + match[0].length });
      }
    });
    return out;
  }
}

/** A line-end hyphen and its line break before a lower-case letter, as matching joins them (line-hyphens.ts). */
const LINE_BREAK_HYPHEN = '(?:[-\\u2010\\u00ad][ \\t]*\\n\\s*(?=\\p{Ll}))?';

/**
 * One query word as a pattern: "hypoplasia" also finds "hypo-" + line break + "plasia", and a
 * hyphen in the query ("x-ray") also finds one printed at a line end ("X-" + line break + "ray").
 */
function wordPattern(word: string): string {
  return [...word].map(charPattern).join(LINE_BREAK_HYPHEN);
}

function charPattern(char: string): string {
  if (char === '-' || char === '\u2010') return '[-\\u2010](?:[ \\t]*\\n\\s*)?';
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower !== upper && [...lower].length === 1 && [...upper].length === 1) return `[${lower}${upper}]`;
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
