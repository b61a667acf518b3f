/**
 * Finds glossary terms in text: leftmost-longest, no overlaps, offsets in the original text.
 *
 * Two stages: the text is read word by word, each word hashed as it is read, and only a word that
 * is the first word of some form (first-words.ts) starts a walk down the full trie, which finds every
 * form that really starts there; the longest one that ends on a word boundary and passes its entry's
 * case and context rules wins.
 */
import { fromOneByteItem, type CompiledGlossary } from './compile';
import { exactOf } from './owner-exact';
import { shareRepeatedStrings } from './shared-strings';
import type { Level } from './schema';
import { contextAppears, contextAppearsAt, contextRuleOfItems, type ContextRule } from './context';
import { doubled } from './doubled';
import { canonicalExact, foldText, foldUnit, originalEnd, originalStart, type FoldedText } from './normalize';
import { ANY_CASE, FirstWordTable, NEXT_WORD_NEEDED, WITH_CAPITAL } from './first-words';
import { BREAK_BEFORE, CAPITAL, GLUED, TextWords } from './text-words';
import { WordPresence } from './word-presence';
import { isDefinedInline } from './inline-definition';
import { isStateInAddress, isTownAndState } from './postal-address';
import { isAuthorInitials } from './author-initials';
import { isReportHeading } from './report-heading';
import { isPrefixedAbbreviation } from './prefixed-abbreviation';
import { endsBeforeSuffixWord } from './suffixed-abbreviation';
import { edgeLabelStarts } from './trie';
import { hasSmallLetter, isSpace, isWordEnd, isWordStart } from './words';

export interface TextMatch {
  /** Index into compiled.entries. */
  entry: number;
  /** UTF-16 offsets into the original text; end is exclusive. */
  start: number;
  end: number;
  /** Set by the underline filter (levels.ts) where the words matched are an alias with a level of its own: that level. */
  wordsLevel?: Level;
  /** The words matched are ones the entry lists in `contextFree`: they needed no context words. */
  contextFree?: true;
}

export interface SegmentPosition {
  segment: number;
  offset: number;
}

export interface SegmentMatch {
  entry: number;
  start: SegmentPosition;
  /** Exclusive, and always in the segment holding the match's last character. */
  end: SegmentPosition;
  /** As in TextMatch. */
  wordsLevel?: Level;
  /** As in TextMatch. */
  contextFree?: true;
}

export interface MatchOptions {
  /**
   * The page around this text is known to be about health, so terms whose `context` words are
   * missing nearby still count ("twitch" in an article on muscles, a paragraph away from "muscle").
   */
  healthTopic?: boolean;
}

export interface Matcher {
  findInText(text: string, options?: MatchOptions): TextMatch[];
  /** Segments are the text nodes of one block in order; a match may span several. */
  findInSegments(segments: readonly string[], options?: MatchOptions): SegmentMatch[];
  /**
   * Whether a match is evidence that the text is about health: not an everyday word ("blood" is
   * everywhere; "tendon" is not), and of an entry that needs no context words or through words of
   * its that need none ("urticaria" for hives).
   */
  isTopicEvidence(match: { entry: number; contextFree?: true }): boolean;
}

/**
 * A text is about health when it holds this many distinct topic-evidence terms; then its terms
 * with context words count without them. One matcher call is about a section of a page.
 */
const TOPIC_MIN_TERMS = 4;
/** topicEvidence's marks: every match of the entry counts, or (an entry with context words) only its matches through contextFree words. */
const EVERY_MATCH = 1;
const FREE_WORDS_ONLY = 2;

const SPACE = 0x20;
const NONE: readonly number[] = [];
const NO_MATCHES: TextMatch[] = [];
const APOSTROPHE = 0x27;
const LOWER_S = 0x73;
/** "1" in CompiledGlossary.possessive. */
const DIGIT_ONE = 0x31;

export function createMatcher(compiled: CompiledGlossary): Matcher {
  shareRepeatedStrings(compiled);
  const { trie, owners, context, possessive } = compiled;
  const firstWords = new FirstWordTable(compiled.firstWords);
  const firstWordFilter = firstWords.filter;
  const nonWordStarts = compiled.firstWords.nonWordStarts.map((unit) => String.fromCharCode(unit));
  /** The words of the text being matched (text-words.ts). */
  const textWords = new TextWords();
  const edgeStart = trie.edgeStart;
  const labels = trie.labels;
  const labelStart = edgeLabelStarts(trie);
  const nodeForm = trie.nodeForm;
  const edgeCount = labelStart.length - 1;
  const edgeFirst = new Uint16Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) edgeFirst[e] = labels.charCodeAt(labelStart[e]!);
  // Every walk starts at the root, the node with the most edges: a table answers its first step.
  const rootEdge = new Int32Array(128).fill(-1);
  for (let e = edgeStart[0]!; e < (edgeStart[1] ?? 0); e++) if (edgeFirst[e]! < 128) rootEdge[edgeFirst[e]!] = e;

  const hasContext = (entry: number) => (context.start[entry + 1] ?? 0) > (context.start[entry] ?? 0);
  const notIn = compiled.entries.map((entry) => (entry.notIn === undefined ? undefined : otherPhrases(entry.notIn)));
  // An owner slot whose words skip the entry's context words (the entry lists them in contextFree).
  const freeOwner = new Uint8Array(owners.entry.length);
  for (const o of owners.free) freeOwner[o] = 1;
  const needsContext = (entry: number, o: number) => freeOwner[o] === 0 && hasContext(entry);
  // A free slot of an entry with context words: its matches are as unambiguous as a plain entry's.
  const freeWithContext = Uint8Array.from(freeOwner, (free, o) => (free === 1 && hasContext(owners.entry[o]!) ? 1 : 0));
  // Most forms belong to one entry with no case or context rule: settle those without a second look.
  const formCount = owners.start.length - 1;
  const plainEntry = new Int32Array(formCount).fill(-1);
  let nextExact = 0;
  for (let f = 0; f < formCount; f++) {
    const first = owners.start[f]!;
    const entry = owners.entry[first]!;
    // exactAt is ascending, as `first` is: the next slot with an exact text says whether this one has one.
    while (nextExact < owners.exactAt.length && owners.exactAt[nextExact]! < first) nextExact++;
    const anyCase = owners.exactAt[nextExact] !== first;
    if (owners.start[f + 1] === first + 1 && anyCase && !needsContext(entry, first) && notIn[entry] === undefined) plainEntry[f] = entry;
  }
  const contextRules = new Map<number, ContextRule>();
  const contextOf = (entry: number): ContextRule => {
    let rule = contextRules.get(entry);
    if (rule === undefined) {
      rule = contextRuleOfItems(context.forms, context.start[entry]!, context.start[entry + 1]!, fromOneByteItem);
      contextRules.set(entry, rule);
    }
    return rule;
  };

  // Reused between calls: the forms found along one walk, and where each ends.
  let pathForms = new Int32Array(64);
  let pathEnds = new Int32Array(64);

  /** The edge of `node` whose label starts with `code`, or -1. Edges are sorted by label. */
  function findEdge(node: number, code: number): number {
    if (node === 0 && code < 128) return rootEdge[code]!;
    let lo = edgeStart[node]!;
    let hi = edgeStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = edgeFirst[mid]!;
      if (c === code) return mid;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Walks the trie from `start`; fills the path arrays and returns how many forms were passed. */
  function walk(text: string, start: number): number {
    let node = 0;
    let pos = start;
    let found = 0;
    let possessiveEnd = -1;
    for (;;) {
      if (pos >= text.length) break;
      const code = text.charCodeAt(pos);
      const e = findEdge(node, isSpace(code) ? SPACE : foldUnit(code));
      if (e < 0) break;
      const after = foldedRunEnd(text, pos, labels, labelStart[e]!, labelStart[e + 1]! - 1);
      if (after < 0) break;
      pos = after;
      node = e + 1;
      const form = nodeForm[node]!;
      if (form >= 0) {
        found = record(found, form, pos);
        // "artery's": the possessive is a flag on the form, not a form of its own.
        if (possessive.charCodeAt(form) === DIGIT_ONE && foldUnit(text.charCodeAt(pos)) === APOSTROPHE && (text.charCodeAt(pos + 1) | 0x20) === LOWER_S) {
          found = record(found, form, pos + 2);
          possessiveEnd = pos + 2;
        }
      }
    }
    // A form that goes on past a possessive's apostrophe would end before it ("x'" vs "x's"); keep ends in order.
    if (possessiveEnd >= 0) sortPath(found);
    return found;
  }

  function record(found: number, form: number, end: number): number {
    if (found === pathForms.length) {
      pathForms = doubled(pathForms);
      pathEnds = doubled(pathEnds);
    }
    pathForms[found] = form;
    pathEnds[found] = end;
    return found + 1;
  }

  function sortPath(found: number): void {
    for (let i = 1; i < found; i++) {
      for (let j = i; j > 0 && pathEnds[j - 1]! > pathEnds[j]!; j--) {
        [pathEnds[j - 1], pathEnds[j]] = [pathEnds[j]!, pathEnds[j - 1]!];
        [pathForms[j - 1], pathForms[j]] = [pathForms[j]!, pathForms[j - 1]!];
      }
    }
  }

  const topicEvidence = new Uint8Array(compiled.entries.length);
  compiled.entries.forEach((entry, index) => {
    topicEvidence[index] = entry.level === 'everyday' ? 0 : hasContext(index) ? FREE_WORDS_ONLY : EVERY_MATCH;
  });
  const isTopicEvidence = (match: { entry: number; contextFree?: true }) => {
    const evidence = topicEvidence[match.entry];
    return evidence === EVERY_MATCH || (evidence === FREE_WORDS_ONLY && match.contextFree === true);
  };

  /** Set by claim(): the first entry that would have claimed the form but for its context words. */
  let missedContext = -1;
  /** Set by claim() with missedContext: whether that entry's claim was a case-sensitive form (an abbreviation). */
  let missedExact = false;
  /** Set by claim(): whether the entry it returned claimed through words that skip its context words. */
  let claimedFree = false;

  /**
   * The entry that may claim `form` at [start, end), or -1. `word` is the textWords word at `start`,
   * or -1. `abbreviationOnly`: only an owner that writes the form in its own case may claim it (the
   * form ends before a hyphenated word, see suffixed-abbreviation.ts).
   */
  function claim(form: number, original: string, folded: FoldedText, start: number, end: number, word: number, abbreviationOnly: boolean): number {
    const plain = plainEntry[form]!;
    if (plain >= 0) {
      if (abbreviationOnly) return -1;
      claimedFree = freeWithContext[owners.start[form]!] === 1;
      return plain;
    }
    for (let o = owners.start[form]!; o < owners.start[form + 1]!; o++) {
      const entry = owners.entry[o]!;
      const exact = exactOf(owners, o);
      if (abbreviationOnly && exact === '') continue;
      if (exact !== '') {
        const from = originalStart(folded, start);
        const to = originalEnd(folded, end, original.length);
        if (canonicalExact(original.slice(from, to)) !== exact) continue;
        if (to - from === 2 && isStateInAddress(original, from, to)) continue;
        if (isAuthorInitials(original, from, to)) continue;
      }
      const otherPhrases = notIn[entry];
      if (otherPhrases !== undefined && insideOtherPhrase(folded.text, start, end, otherPhrases)) continue;
      if (needsContext(entry, o) && !contextNear(folded.text, start, end, word, contextOf(entry))) {
        if (missedContext < 0) {
          missedContext = entry;
          missedExact = exact !== '';
        }
        continue;
      }
      claimedFree = freeWithContext[o] === 1;
      return entry;
    }
    return -1;
  }

  /** contextAppears, read from the text's words when the match begins and ends with one of them. */
  function contextNear(text: string, start: number, end: number, word: number, rule: ContextRule): boolean {
    if (word >= 0) {
      let last = word;
      while (last + 1 < textWords.count && textWords.end[last]! < end) last++;
      if (textWords.end[last] === end) return contextAppearsAt(text, textWords, word, last, rule);
    }
    return contextAppears(text, start, end, rule);
  }

  /** Finds which waiting terms' cue words stand anywhere in the text. */
  const present = new WordPresence();

  /**
   * The waiting terms, on a text about health, whose entry has a cue word anywhere in the text the
   * scan has just read, or is free on health pages (abbreviations of such entries only through
   * besideTerms, which keeps out headings in capitals and a town's state), or is a report word
   * written as a section heading ("IMPRESSION:"; read in `original`, which keeps its capitals).
   */
  function cuedAnywhere(text: string, original: string, waiting: readonly TextMatch[]): TextMatch[] {
    const entries = [...new Set(waiting.map((match) => match.entry))];
    const found = present.whichOccur(text, textWords, entries.map(contextOf));
    const cued = new Set(entries.filter((_, k) => found[k] === 1));
    // Both lists are in text order and share their abbreviations' objects: one walk tells them apart
    // (a search of the abbreviations for each term made a long text's scan quadratic).
    let k = 0;
    return waiting.filter((match) => {
      if (cued.has(match.entry)) return true;
      if (reportWord[match.entry] === 1 && isReportHeading(original, match.start, match.end)) return true;
      if (freeOnHealthPages[match.entry] !== 1) return false;
      while (k < abbreviationsWaiting.length && abbreviationsWaiting[k]!.start < match.start) k++;
      return abbreviationsWaiting[k] !== match;
    });
  }

  // Muted entries still claim their words (see compile.ts) but are never reported.
  const silent = Uint8Array.from(compiled.entries, (entry) => (entry.muted ? 1 : 0));
  const anySilent = silent.includes(1);
  function findInText(text: string, options?: MatchOptions): TextMatch[] {
    const claims = findClaims(text, options);
    return anySilent ? claims.filter((match) => silent[match.entry] !== 1) : claims;
  }

  /**
   * Tries the forms that start at `start`: the longest that may be claimed goes to `out`, or a term
   * that lacked only its context words to `waiting`. Returns where the scan goes on (`next` when
   * nothing matched). A function of its own, not a closure per call: thousands of calls per page.
   */
  function tryAt(text: string, folded: FoldedText, start: number, word: number, next: number, out: TextMatch[], waiting: TextMatch[]): number {
    const f = folded.text;
    // The longest form whose entry lacked only its context words: its entry and end, and whether it is an abbreviation.
    let waitingEntry = -1;
    let waitingEnd = 0;
    let waitingExact = false;
    // Longest first: the walk records forms from shortest to longest.
    for (let i = walk(f, start) - 1; i >= 0; i--) {
      const end = pathEnds[i]!;
      // Inside a word, only an abbreviation before a hyphenated word such as "-positive" ends a match.
      const beforeSuffix = !isWordEnd(f, end);
      if (beforeSuffix && !endsBeforeSuffixWord(f, end)) continue;
      missedContext = -1;
      const entry = claim(pathForms[i]!, text, folded, start, end, word, beforeSuffix);
      if (entry < 0) {
        if (missedContext >= 0 && waitingEntry < 0) {
          waitingEntry = missedContext;
          waitingEnd = end;
          waitingExact = missedExact;
        }
        continue;
      }
      const match: TextMatch = { entry, start: originalStart(folded, start), end: originalEnd(folded, end, text.length) };
      if (claimedFree) match.contextFree = true;
      out.push(match);
      // A match ends on a word end (or before a listed hyphenated word), never before the end of the word it starts with.
      return end;
    }
    if (waitingEntry >= 0) {
      const from = originalStart(folded, start);
      const asName = isNameLike(text, from);
      // A capital in mid-sentence is no name where the form is an abbreviation: it waits for a term beside it.
      const asAbbreviation = waitingExact && word >= 0;
      if (asName && !asAbbreviation) return next;
      const waitingHere: TextMatch = { entry: waitingEntry, start: from, end: originalEnd(folded, waitingEnd, text.length) };
      if (!asName) waiting.push(waitingHere);
      if (asAbbreviation && ownContextOnly[waitingEntry] !== 1) {
        abbreviationsWaiting.push(waitingHere);
        abbreviationWords.push(word);
      }
    }
    return next;
  }

  /** Abbreviations that lacked only their context words in the text being read (see besideTerms), and their words. */
  const abbreviationsWaiting: TextMatch[] = [];
  const abbreviationWords: number[] = [];
  /** Abbreviations with several meanings (CompiledEntry.meanings): on a health page they need no cue words. */
  const meanings = Uint8Array.from(compiled.entries, (entry) => (entry.meanings === true ? 1 : 0));
  /** Entries whose abbreviations wait for their own cue words, whatever stands beside them (CompiledEntry.ownContextOnly). */
  const ownContextOnly = Uint8Array.from(compiled.entries, (entry) => (entry.ownContextOnly === true ? 1 : 0));
  /** Entries whose words need no cue words on a page about health (CompiledEntry.freeOnHealthPages). */
  const freeOnHealthPages = Uint8Array.from(compiled.entries, (entry) => (entry.freeOnHealthPages === true ? 1 : 0));
  /** Abbreviations spelled as common words (CompiledEntry.spelledWords), which a heading or shouted sentence never holds as such. */
  const spelledWords = compiled.entries.map((entry) => entry.spelledWords);
  const anySpelledWords = spelledWords.some((words) => words !== undefined);
  function withoutShoutedWords(text: string, folded: FoldedText, found: TextMatch[]): TextMatch[] {
    if (!anySpelledWords) return found;
    return found.filter((match) => {
      const words = spelledWords[match.entry];
      return words === undefined || !words.includes(text.slice(match.start, match.end).toLowerCase()) || !inShoutedSentence(text, folded, match.start);
    });
  }

  /** Report words, which a report's section heading ("IMPRESSION:") frees on a health page (CompiledEntry.reportWord). */
  const reportWord = Uint8Array.from(compiled.entries, (entry) => (entry.reportWord === true ? 1 : 0));
  /** Technical entries, whose matches let an abbreviation in their sentence do without its cue words. */
  const technical = Uint8Array.from(compiled.entries, (entry) => (entry.level === 'technical' ? 1 : 0));

  /**
   * The waiting abbreviations that share their sentence with a technical term that shows the text
   * is about health (isTopicEvidence): "Ondansetron 4 mg IV was given for nausea", "taken to the OR
   * for an appendectomy". Jargon only: a news headline's "Healthcare Plan" beside "ED" (a
   * law-enforcement agency) is no note. On a text about health (worked out only when one of
   * them asks), also those with several meanings (CompiledEntry.meanings) in a sentence with a small
   * letter, whatever stands beside them: their card lists the meanings; and, the same way, those
   * whose entry is free on health pages ("Your BP today was 128/82"). Not a capital pair after a place name and a comma
   * ("Portland, OR"): a town and its state; nor letters the page spells out just before them
   * ("Adrenal vein sampling (AVS)"). Only the sentences that hold a waiting abbreviation are read,
   * each once (the abbreviations come in text order): on a long text, numbering every word's
   * sentence cost a third as much again as the whole scan, and a block without a sentence break
   * must not be read again for each abbreviation in it.
   */
  function besideTerms(text: string, folded: FoldedText, found: readonly TextMatch[], healthTopic: boolean): TextMatch[] {
    const accepted: TextMatch[] = [];
    // The sentence read last: the first word after it, its text and whether it holds a technical term.
    let next = 0;
    let from = 0;
    let to = 0;
    let withTerm = false;
    // Whether the text is about health: worked out only when letters with several meanings ask.
    let aboutHealth: boolean | undefined;
    for (let k = 0; k < abbreviationsWaiting.length; k++) {
      const match = abbreviationsWaiting[k]!;
      const word = abbreviationWords[k]!;
      if (word >= next) {
        // Never back past the last sentence read (whose end begins one).
        ({ next, from, to } = sentenceAt(text, folded, word, next));
        withTerm = hasTechnicalTerm(found, from, to);
      }
      // Several meanings (the card lists them) or an entry free on health pages, on a health page, in a sentence that is no heading in capitals.
      const withoutCue =
        !withTerm &&
        (meanings[match.entry] === 1 || freeOnHealthPages[match.entry] === 1) &&
        (aboutHealth ??= healthTopic || isAboutHealth(found)) &&
        hasSmallLetter(text, from, to);
      if ((withTerm || withoutCue) && !isTownAndState(text, match.start, match.end) && !isDefinedInline(text, match.start, match.end)) accepted.push(match);
    }
    return accepted;
  }

  /**
   * The sentence (text-words.ts: BREAK_BEFORE, by sentences.ts's definition) that holds textWords'
   * word `word`, looking back no further than word `floor`: the first word after it, and where it
   * begins and ends in the original text.
   */
  function sentenceAt(text: string, folded: FoldedText, word: number, floor: number): { next: number; from: number; to: number } {
    const { start: wordStart, flags, count } = textWords;
    let first = word;
    while (first > floor && (flags[first]! & BREAK_BEFORE) === 0) first--;
    let next = word + 1;
    while (next < count && (flags[next]! & BREAK_BEFORE) === 0) next++;
    const from = first === 0 ? 0 : originalStart(folded, wordStart[first]!);
    const to = next === count ? text.length : originalStart(folded, wordStart[next]!);
    return { next, from, to };
  }

  /** Whether the sentence holding the match that begins at `start` (in the original text) has no small letter: a heading or shouted text. */
  function inShoutedSentence(text: string, folded: FoldedText, start: number): boolean {
    const { start: wordStart, count } = textWords;
    // The match's first word: the last word that begins at or before it.
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (originalStart(folded, wordStart[mid]!) <= start) low = mid + 1;
      else high = mid;
    }
    const { from, to } = sentenceAt(text, folded, Math.max(0, low - 1), 0);
    return !hasSmallLetter(text, from, to);
  }

  /** Whether a match of a technical term that is topic evidence starts in [from, to) (`found` is in text order). */
  function hasTechnicalTerm(found: readonly TextMatch[], from: number, to: number): boolean {
    let low = 0;
    let high = found.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (found[mid]!.start < from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < found.length && found[i]!.start < to; i++) {
      const match = found[i]!;
      if (technical[match.entry] === 1 && isTopicEvidence(match)) return true;
    }
    return false;
  }

  /** Every match, muted entries' included: they must hold their text against shorter terms inside it. */
  function findClaims(text: string, options: MatchOptions = {}): TextMatch[] {
    const out: TextMatch[] = [];
    if (text.length === 0 || formCount === 0) return out;
    // Terms that lacked only their context words, kept in case the text turns out to be about health.
    const waiting: TextMatch[] = [];
    abbreviationsWaiting.length = 0;
    abbreviationWords.length = 0;
    // Word by word: only a word that is some form's first word (or a unit a form begins with) starts a walk.
    const words = textWords;
    words.read(text, firstWordFilter);
    // Nearly all text needs no folding beyond what the word hashing and the walk do anyway; only
    // text with marks, other scripts' capitals or "ß" gets a folded copy, read again.
    const folded: FoldedText = words.foldFree ? { text, map: null } : foldText(text);
    const f = folded.text;
    if (f !== text) words.read(f, firstWordFilter);
    const { start: wordStart, end: wordEnd, hash: wordHash, flags: wordFlags, candidates } = words;
    // A folded copy has lost its capitals, so there any first word may start a form.
    const capitalsLost = f !== text;
    const others = nonWordPlaces(f);
    let other = 0;
    let i = 0;
    // Only the words that passed the first-word filter as they were read: the rest start no walk.
    for (let k = 0; ; k++) {
      const w = k < words.candidateCount ? candidates[k]! : words.count;
      const start = w < words.count ? wordStart[w]! : f.length;
      // Places where a form begins with a unit that is no word character ("%"), in text order with the words.
      for (; other < others.length && others[other]! < start; other++) {
        const at = others[other]!;
        if (at >= i && isWordStart(f, at)) i = tryAt(text, folded, at, -1, at + 1, out, waiting);
      }
      if (w === words.count) break;
      if (start < i) continue;
      const hash = wordHash[w]!;
      const info = firstWords.startInfo(hash);
      const kind = info & (ANY_CASE | WITH_CAPITAL);
      const mayStart =
        (kind === ANY_CASE || (kind === WITH_CAPITAL && ((wordFlags[w]! & CAPITAL) !== 0 || capitalsLost))) &&
        // A word glued to the one before starts nothing, but for an abbreviation after a prefix ("post-CABG").
        ((wordFlags[w]! & GLUED) === 0 || prefixedAbbreviationAt(text, folded, w)) &&
        // A word that begins only forms of two words or more starts a walk only before a word one of them has next.
        ((info & NEXT_WORD_NEEDED) === 0 || (w + 1 < words.count && firstWords.hasPair(hash, wordHash[w + 1]!)));
      i = mayStart ? tryAt(text, folded, start, w, wordEnd[w]!, out, waiting) : wordEnd[w]!;
    }
    const beside = abbreviationsWaiting.length > 0 ? besideTerms(text, folded, out, options.healthTopic === true) : NO_MATCHES;
    const found = beside.length > 0 ? mergeWaiting(out, beside) : out;
    if (waiting.length > 0 && (options.healthTopic || isAboutHealth(out))) {
      // On a health page the context words may stand anywhere in the text, not only near the term:
      // "twitch" a paragraph away from "muscle" counts; "plaque" on a dental page, with no artery
      // word anywhere, still does not.
      const cued = cuedAnywhere(f, text, waiting);
      if (cued.length > 0) return withoutShoutedWords(text, folded, mergeWaiting(found, cued));
    }
    return withoutShoutedWords(text, folded, found);
  }

  /** Whether textWords' word `w`, glued to the word before, is an abbreviation after a prefix (read in the original text: a folded copy has lost its capitals). */
  function prefixedAbbreviationAt(text: string, folded: FoldedText, w: number): boolean {
    const { start, end } = textWords;
    const at = (i: number) => originalStart(folded, i);
    return isPrefixedAbbreviation(text, at(start[w - 1]!), originalEnd(folded, end[w - 1]!, text.length), at(start[w]!), originalEnd(folded, end[w]!, text.length));
  }

  /** Where the text holds a unit that some form begins with but no word does ("%"), in order. */
  function nonWordPlaces(text: string): readonly number[] {
    let places: number[] | null = null;
    // Most texts hold none: no array is made for them.
    for (const unit of nonWordStarts) for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) (places ??= []).push(at);
    if (places === null) return NONE;
    if (nonWordStarts.length > 1) places.sort((a, b) => a - b);
    return places;
  }

  function isAboutHealth(found: readonly TextMatch[]): boolean {
    const distinct = new Set<number>();
    for (const match of found) {
      if (isTopicEvidence(match)) distinct.add(match.entry);
      if (distinct.size >= TOPIC_MIN_TERMS) return true;
    }
    return false;
  }

  function findInSegments(segments: readonly string[], options?: MatchOptions): SegmentMatch[] {
    const matches = findInText(segments.join(''), options);
    const out: SegmentMatch[] = [];
    // Matches come in text order, so one forward sweep over the segments places them all.
    let segment = 0;
    let segmentStart = 0;
    const segmentEnd = () => segmentStart + (segments[segment]?.length ?? 0);
    const advanceWhile = (moreNeeded: () => boolean) => {
      while (segment < segments.length - 1 && moreNeeded()) {
        segmentStart = segmentEnd();
        segment++;
      }
    };
    for (const match of matches) {
      // The start lies in the segment holding its first character, never at a segment's end.
      advanceWhile(() => segmentEnd() <= match.start);
      const start = { segment, offset: match.start - segmentStart };
      const saved = [segment, segmentStart] as const;
      // The end lies in the segment holding the last character, never at offset 0 of the next one.
      advanceWhile(() => segmentEnd() < match.end);
      const placed: SegmentMatch = { entry: match.entry, start, end: { segment, offset: match.end - segmentStart } };
      if (match.contextFree) placed.contextFree = true;
      out.push(placed);
      [segment, segmentStart] = saved;
    }
    return out;
  }

  return { findInText, findInSegments, isTopicEvidence };
}

/**
 * An entry's notIn phrases (folded, single spaces), with what lets insideOtherPhrase pass over most
 * places without trying them: an entry may have up to `LIMITS.notInPerEntry` phrases, and its
 * matches are many.
 */
interface OtherPhrases {
  phrases: readonly string[];
  /** How far before a match a phrase may begin: twice the longest (more than its length where the text has runs of spaces). */
  reach: number;
  /** Bit c set: some phrase begins with the ASCII unit c. */
  asciiFirst: Uint32Array;
  /** Some phrase begins with a unit beyond ASCII. */
  otherFirst: boolean;
}

function otherPhrases(phrases: readonly string[]): OtherPhrases {
  const asciiFirst = new Uint32Array(4);
  let otherFirst = false;
  let longest = 0;
  for (const phrase of phrases) {
    const first = phrase.charCodeAt(0);
    if (first < 128) asciiFirst[first >> 5]! |= 1 << (first & 31);
    else otherFirst = true;
    longest = Math.max(longest, phrase.length);
  }
  return { phrases, reach: 2 * longest, asciiFirst, otherFirst };
}

/**
 * Whether [start, end) of the folded text lies inside one of the phrases in which the entry's
 * words mean something else ("fever" in "cabin fever"). Only the text just before the match is
 * tried as the phrase's start: a RegExp run from there would read on to the end of the text
 * whenever the phrase is not there, once for every match of such an entry. Each place is read
 * once for all phrases, and only where some phrase begins with its letter.
 */
function insideOtherPhrase(text: string, start: number, end: number, other: OtherPhrases): boolean {
  const { phrases, asciiFirst, otherFirst } = other;
  const earliest = Math.max(0, start - other.reach);
  for (let at = start; at >= earliest; at--) {
    const unit = foldUnit(text.charCodeAt(at));
    if (unit < 128 ? (asciiFirst[unit >> 5]! & (1 << (unit & 31))) === 0 : !otherFirst) continue;
    if (!isWordStart(text, at)) continue;
    for (const phrase of phrases) {
      // The phrase begins at most twice its own length before the match.
      if (phrase.charCodeAt(0) === unit && at >= start - 2 * phrase.length && phraseEnd(text, at, phrase) >= end) return true;
    }
  }
  return false;
}

/** Where `phrase` (folded, single spaces) ends if the text holds it at `at` and it ends on a word end, or -1. */
function phraseEnd(text: string, at: number, phrase: string): number {
  const pos = foldedRunEnd(text, at, phrase, 0, phrase.length);
  return pos >= 0 && isWordEnd(text, pos) ? pos : -1;
}

/**
 * Where the text stops matching pattern[from .. to) read from `pos`, or -1 where it does not hold
 * it: a space in the pattern stands for any run of whitespace, and capitals and typographic
 * apostrophes and hyphens fold (foldUnit). Both the trie walk and the notIn phrases compare so.
 */
function foldedRunEnd(text: string, pos: number, pattern: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const want = pattern.charCodeAt(k);
    if (want === SPACE) {
      if (!isSpace(text.charCodeAt(pos))) return -1;
      while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    } else if (foldUnit(text.charCodeAt(pos)) === want) pos++;
    else return -1;
  }
  return pos;
}

/**
 * A capital letter in mid-sentence ("streams on Twitch", "the Retina display") marks a name,
 * which the health topic of the page must not turn into a term.
 */
function isNameLike(text: string, start: number): boolean {
  // Read unit by unit: a RegExp literal here made a new object at every step, 3 MB a run of the
  // matcher benchmark at 1,000 entries, where terms wait for their cue words thousands of times.
  const code = text.charCodeAt(start);
  const first = text[start] ?? '';
  if (code < 128 ? code < 0x41 || code > 0x5a : first === first.toLowerCase()) return false;
  let i = start - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || BEFORE_A_SENTENCE.has(text.charCodeAt(i)))) i--;
  return i >= 0 && !ENDS_A_CLAUSE.has(text.charCodeAt(i));
}

/** What may stand between a sentence's end and its first word, spaces aside: quotes and brackets. */
const BEFORE_A_SENTENCE = new Set([...'"\'“‘(['].map((c) => c.charCodeAt(0)));
/** What ends a sentence or a clause: a capital after it says nothing about a name. */
const ENDS_A_CLAUSE = new Set([...'.!?…:;'].map((c) => c.charCodeAt(0)));

/** Adds the waiting matches that overlap nothing already found, keeping text order. */
function mergeWaiting(found: TextMatch[], waiting: readonly TextMatch[]): TextMatch[] {
  const out: TextMatch[] = [];
  let w = 0;
  for (const match of found) {
    while (w < waiting.length && waiting[w]!.start < match.start) {
      const candidate = waiting[w++]!;
      const last = out[out.length - 1];
      if (candidate.end <= match.start && (!last || last.end <= candidate.start)) out.push(candidate);
    }
    out.push(match);
  }
  while (w < waiting.length) {
    const candidate = waiting[w++]!;
    const last = out[out.length - 1];
    if (!last || last.end <= candidate.start) out.push(candidate);
  }
  return out;
}

