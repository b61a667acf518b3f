/**
 * The word-parts feature on a page: which words of a block's text may get a best guess from their
 * parts, the per-page cache of guesses, and the list of rare words nothing explains (the popup's
 * "Words here Termlight doesn't explain yet"). Pure: segments are the text nodes of one block,
 * `covered` the glossary matches found in them, exactly as the content script's scanner has them.
 *
 * Gates, cheapest first: lower-case letters only, 7 to 40 of them, standing alone (not part of a
 * longer token, an address, a file name or code); not inside a glossary match; then, once per
 * word per page, not a muted or glossary word, not common English and shaped like a medical word
 * (decompose.ts). Everything after the first two gates is cached per word, so a word repeated a
 * thousand times costs one Map lookup after the first.
 */
import { decompose, MAX_WORD_LETTERS, MIN_WORD_LETTERS, wordPartsEnv, type CompiledWordParts, type DecomposeEnv, type Decomposition } from './decompose';

/** A position in a block's segments, as the matcher reports it. */
interface SegmentPoint {
  segment: number;
  offset: number;
}

/** A glossary match, or anything else that already explains a stretch of the text. */
export interface CoveredSpan {
  start: SegmentPoint;
  /** Exclusive. */
  end: SegmentPoint;
}

/** One word found in a segment. */
export interface WordSpan {
  segment: number;
  start: number;
  end: number;
  /** The word as written. */
  text: string;
}

/**
 * Runs of ASCII letters long enough to be a candidate. A plain character class without lookbehind
 * keeps the scan in V8's fast path; the run starts at the first letter of a word (the regex cannot
 * start inside a run it could have matched from its start), and the neighbours are checked below.
 */
const LETTER_RUN = /[A-Za-z]{7,}/g;

/**
 * Whether the character at `at` glues a run of letters to something that is not a word: more
 * letters or digits (gene symbols, "B12", accented or other scripts, run-together text), an address
 * or a path ("@", "/", "\", "_"), or a dot that sits between letters ("www.example.com",
 * "e.coli"). A hyphen is a boundary: each half of "gastro-oesophageal" is a word.
 */
function glues(text: string, at: number, step: 1 | -1): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code === 0x2e) return isWordChar(text.charCodeAt(at + step));
  return isWordChar(code) || code === 0x5f || code === 0x40 || code === 0x2f || code === 0x5c;
}

/** Letters, digits and marks of any script (a fast path for ASCII, then Unicode properties). */
function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function before(a: SegmentPoint, b: SegmentPoint): boolean {
  return a.segment < b.segment || (a.segment === b.segment && a.offset < b.offset);
}

/**
 * Words of 7 to 40 letters in the segments that stand alone and overlap nothing in `covered`
 * (sorted by position and not overlapping one another, as the matcher returns them); with
 * `lowerOnly`, lower-case words only. A word that runs on into the next or previous segment
 * (`<b>osteo</b>malacia`) is left out: half a word is not a word.
 */
function wordsIn(segments: readonly string[], covered: readonly CoveredSpan[], lowerOnly: boolean): WordSpan[] {
  const words: WordSpan[] = [];
  let next = 0;
  for (let segment = 0; segment < segments.length; segment++) {
    const text = segments[segment]!;
    if (text.length < MIN_WORD_LETTERS) continue;
    LETTER_RUN.lastIndex = 0;
    for (let found = LETTER_RUN.exec(text); found; found = LETTER_RUN.exec(text)) {
      const word = found[0];
      const start = found.index;
      const end = start + word.length;
      if (word.length > MAX_WORD_LETTERS) continue;
      if (lowerOnly && !LOWER.test(word)) continue;
      if (start > 0 ? glues(text, start - 1, -1) : segment > 0 && isWordChar(segments[segment - 1]!.charCodeAt(segments[segment - 1]!.length - 1))) continue;
      if (end < text.length ? glues(text, end, 1) : segment + 1 < segments.length && isWordChar(segments[segment + 1]!.charCodeAt(0))) continue;
      const from = { segment, offset: start };
      const to = { segment, offset: end };
      // Skip the glossary matches that end before this word; the next one decides.
      while (next < covered.length && !before(from, covered[next]!.end)) next++;
      const match = covered[next];
      if (match && before(match.start, to)) continue;
      words.push({ segment, start, end, text: word });
    }
  }
  return words;
}

const LOWER = /^[a-z]+$/;

/** The lower-case words of 7 to 40 letters in a block that no glossary match covers. */
export function candidateWords(segments: readonly string[], covered: readonly CoveredSpan[]): WordSpan[] {
  return wordsIn(segments, covered, true);
}

export interface WordPartsExplainerOptions {
  /** The compiled table, built on first use (compileWordParts). */
  compiled(): CompiledWordParts;
  /** The common-word check, built on first use (wordPartsEnv with the shipped word list). */
  env(): DecomposeEnv;
  /** A word the glossary holds (its own card wins, even where its underline is switched off). */
  isGlossaryWord?(word: string): boolean;
  /** A word whose glossary entry the reader muted: muting a term must not bring a guess instead. */
  isMuted?(word: string): boolean;
  /** Words remembered per page before the cache starts over. */
  cacheSize?: number;
}

/** The per-page cache of guesses: bounded, so a page that streams new words forever cannot grow it. */
const EXPLAINER_CACHE_SIZE = 4_000;

/**
 * One word → its labelled best guess, or null. Building the table and the word set waits for the
 * first word that needs them: a page without a single long lower-case word pays for neither.
 */
export class WordPartsExplainer {
  #cache = new Map<string, Decomposition | null>();
  #compiled: CompiledWordParts | null = null;
  #env: DecomposeEnv | null = null;

  constructor(private readonly options: WordPartsExplainerOptions) {}

  explain(word: string): Decomposition | null {
    const cached = this.#cache.get(word);
    if (cached !== undefined) return cached;
    const result = this.#explain(word);
    if (this.#cache.size >= (this.options.cacheSize ?? EXPLAINER_CACHE_SIZE)) this.#cache.clear();
    this.#cache.set(word, result);
    return result;
  }

  /** Whether general English uses the word often (the same list the guesses are gated by). */
  isCommon(word: string): boolean {
    return this.#getEnv().isCommonWord(word.toLowerCase());
  }

  /** Whether the word set and the table are built (explain() builds them itself when they are not). */
  get ready(): boolean {
    return this.#env !== null && this.#compiled !== null;
  }

  /**
   * Builds one missing piece, the word set first and then the table, so a caller that cuts its work
   * into slices can give each its own; returns true when nothing is left to build.
   */
  prepareStep(): boolean {
    if (!this.#env) this.#getEnv();
    else this.#compiled ??= this.options.compiled();
    return this.ready;
  }

  /** How many words the cache holds now (for tests: it stays bounded). */
  get cached(): number {
    return this.#cache.size;
  }

  #getEnv(): DecomposeEnv {
    return (this.#env ??= this.options.env());
  }

  #explain(word: string): Decomposition | null {
    const lower = word.toLowerCase();
    if (this.options.isMuted?.(lower)) return null;
    if (this.#getEnv().isCommonWord(lower)) return null;
    if (this.options.isGlossaryWord?.(lower)) return null;
    return decompose(lower, (this.#compiled ??= this.options.compiled()), this.#getEnv());
  }
}

export interface WordCount {
  word: string;
  count: number;
}

/** How many rare words the popup lists at most. */
const UNEXPLAINED_LIMIT = 40;

/**
 * Counts the words of a page that might need explaining, block by block, for the popup's list.
 * Lower-case and Capitalised words are counted under the lower-case word; a Capitalised word
 * that never appears in lower case on the page is taken for a name and left out. ALL-CAPS and
 * mixed-case tokens (acronyms, gene symbols such as BRCA or TP53), and anything touching a digit,
 * are never counted.
 */
export class UnexplainedTally {
  #lower = new Map<string, number>();
  #capitalised = new Map<string, number>();
  /** Words a glossary match covered somewhere on the page: the glossary explains them. */
  #covered = new Set<string>();
  #first = new Map<string, number>();

  addBlock(segments: readonly string[], covered: readonly CoveredSpan[]): void {
    for (const span of coveredWords(segments, covered)) this.#covered.add(span);
    for (const { text } of wordsIn(segments, covered, false)) {
      const lower = text.toLowerCase();
      let counts: Map<string, number>;
      if (text === lower) counts = this.#lower;
      else if (text[0] !== lower[0] && text.slice(1) === lower.slice(1)) counts = this.#capitalised;
      else continue;
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      if (!this.#first.has(lower)) this.#first.set(lower, this.#first.size);
    }
  }

  /**
   * The rare words nothing explains, most frequent first (then in order of first appearance),
   * with how often each appears. `isExplained` says whether a word is common, muted, held by the
   * glossary or explained by its parts.
   */
  list(isExplained: (word: string) => boolean, limit = UNEXPLAINED_LIMIT): WordCount[] {
    const words: WordCount[] = [];
    for (const [word, count] of this.#lower) {
      if (this.#covered.has(word) || isExplained(word)) continue;
      words.push({ word, count: count + (this.#capitalised.get(word) ?? 0) });
    }
    words.sort((a, b) => b.count - a.count || this.#first.get(a.word)! - this.#first.get(b.word)!);
    return words.slice(0, limit);
  }
}

/** The lower-cased single words that glossary matches cover exactly. */
function coveredWords(segments: readonly string[], covered: readonly CoveredSpan[]): string[] {
  const words: string[] = [];
  for (const span of covered) {
    if (span.start.segment !== span.end.segment) continue;
    const text = segments[span.start.segment]!.slice(span.start.offset, span.end.offset);
    if (/^[A-Za-z]+$/.test(text)) words.push(text.toLowerCase());
  }
  return words;
}

/** A word the reader muted: the word itself, or its singular, is a muted entry id. */
export function mutedWordCheck(mutedIds: readonly string[]): (word: string) => boolean {
  if (mutedIds.length === 0) return () => false;
  const muted = new Set(mutedIds.map((id) => id.slice(id.lastIndexOf(':') + 1).toLowerCase()));
  return (word) => {
    if (muted.has(word)) return true;
    if (word.endsWith('ies') && muted.has(`${word.slice(0, -3)}y`)) return true;
    if (word.endsWith('oses') && muted.has(`${word.slice(0, -4)}osis`)) return true;
    if (word.endsWith('es') && muted.has(word.slice(0, -2))) return true;
    return word.endsWith('s') && muted.has(word.slice(0, -1));
  };
}

/**
 * The common-word check from the shipped list (the most frequent SUBTLEX-US words, one a line):
 * the Set is built here, when the first word needs it, not when the script starts.
 */
export function wordListEnv(list: string): DecomposeEnv {
  const words = new Set(list.split('\n'));
  return wordPartsEnv((word) => (words.has(word) ? 0 : undefined));
}
