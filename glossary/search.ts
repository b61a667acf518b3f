import Fuse from 'fuse.js';
import { firstInOrder } from './first-in-order';
/**
 * The popup's search: finds an entry by any way a reader may spell it or describe it, and ranks
 * every candidate with ONE comparison (`compareCandidates`). docs/search.md explains the tiers.
 *
 *   1. exact     the query is a name of the entry (term, alias, abbreviation's expansion) or a
 *                form the matcher knows (plural, verb form, UK/US spelling, joined compound)
 *   2. related   the entries an exactly matched abbreviation stands for (HTN → high blood pressure)
 *   3. prefix    the query starts a word of a name or form ("arterio", "blood"), or holds a whole
 *                name of two or more words ("hardening of the arteries in older adults")
 *   4. spelling  a close spelling of a name or form ("twiching", "colestrol"), or of its beginning
 *   5. sound     sounds like a name (Double Metaphone: "amfisema", "fleebitis", "new-ralgia")
 *   6. description  words of the short text and explanation ("bones get weak and break")
 *
 * Anything that fits no tier is left out: results stop at that floor instead of filling the list.
 */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { foldTerm } from './normalize';
import { SEARCH_INDEX_FORMAT } from './search-format';
import type { GlossaryEntry } from './schema';
import { clearVariantCaches, isCapsAbbreviation, literalVariants, termVariants } from './variants';

/**
 * What the popup searches and lists: one document per entry, with every key worked out ahead (at
 * build time for the bundled pack, by the background for the user's glossaries), never the whole
 * entry: the popup chunk stays small.
 */
export interface SearchDocument {
  id: string;
  packId: string;
  term: string;
  aliases: string[];
  short: string;
  /** Plain respelling shown under the term ("ar-teer-ee-oh-skluh-ROH-sis"). */
  pronunciation?: string;
  /** What an abbreviation stands for; its parts are names too ("hypertension (high blood pressure)"). */
  expansion?: string;
  /** An abbreviation's related entries: they follow it when it is matched exactly. */
  related?: string[];
  /** How many other entries list this one as related: general terms outrank specific ones on ties. */
  centrality: number;
  /** Set for jargon: a reader describing something in plain words more often means a familiar entry. */
  technical?: true;
  /** Single-word forms the matcher knows besides the names, folded: "twitching", "anaemia", "heartbeats". */
  forms: string[];
  /** Double Metaphone keys of the term and aliases. */
  sounds: string[];
  /**
   * Word stems of the explanation that are not in the names or short text, space-separated (those
   * are stemmed when the search is built: they are in the document already).
   */
  words: string;
}

export type MatchedRange = readonly [start: number, end: number];

export type SearchTier = 'exact' | 'related' | 'prefix' | 'spelling' | 'sound' | 'fuzzy' | 'description';
export type SearchField = 'term' | 'aliases' | 'expansion' | 'short';

export interface SearchResult {
  doc: SearchDocument;
  /** Which field to mark, and the character ranges (inclusive) of `value` to mark in it. */
  field: SearchField;
  value: string;
  ranges: MatchedRange[];
  tier: SearchTier;
}

export interface SearchOptions {
  limit?: number;
  /** Entry ids found on the current page: they rank first within each tier. */
  onPage?: ReadonlySet<string>;
}

/** Longer queries are cut: nobody types a paragraph into the box, and distances grow with length. */
const MAX_QUERY = 100;
/** The fuzzy tier (fuse.js) runs for queries this long or longer: short ones are served by spelling and sound. */
const FUZZY_MIN_QUERY = 8;
/** fuse.js's score limit (0 exact, 1 anything): strict, so it adds near misses, not noise. */
const FUZZY_THRESHOLD = 0.25;
/**
 * A near miss must share at least this share of the query's three-letter pieces. The error limit
 * alone allows names sharing almost none with a long query (25 letters may differ by 6 edits), and
 * every name passed on is read by fuse.js; two or three typos keep about three quarters.
 */
const FUZZY_SHARED_PIECES = 0.5;
/** The fuzzy tier offers at most this many near misses. */
const FUZZY_LIMIT = 12;

/** Letters a typo may change: none up to 3 letters, 1 up to 7, 2 up to 11, then 3. */
export function spellingBudget(length: number): number {
  return length < 4 ? 0 : Math.min(3, Math.floor(length / 4));
}

/**
 * Sound-alikes must still look somewhat like the name: at most this share of letters differs
 * when the sound keys are equal, and the smaller share when they differ by one sound.
 */
const SOUND_MAX_DIFFERENCE = 0.7;
const NEAR_SOUND_MAX_DIFFERENCE = 0.5;
/** Added to the letter difference of a name whose sound is one sound away rather than the same. */
const NEAR_SOUND_PENALTY = 0.1;

/** In the description tier, a word counts this much by where the entry uses it (the short text's first sentence defines it). */
const FIELD_WEIGHT = { explanation: 1, shortRest: 1.5, definition: 2, name: 2 } as const;
/** How much being pointed to by other entries lifts a description match (per e-fold of in-links). */
const CENTRALITY_WEIGHT = 0.15;
/** Plain descriptions come from readers, who more often mean the familiar entry than the jargon one. */
const FAMILIAR_LIFT = 1.05;
/** How much farther a misspelling counts from a jargon entry than from a familiar one (see #typoWeight). */
const TECHNICAL_TYPO_WEIGHT = 1.15;
const WHERE_WEIGHT = [FIELD_WEIGHT.explanation, FIELD_WEIGHT.shortRest, FIELD_WEIGHT.definition, FIELD_WEIGHT.name];

// ---------------------------------------------------------------------------------------------
// Documents: every key an entry can be found by.

/** Queries and documents are compared the way the matcher compares terms. */
export const fold = foldTerm;

export function toSearchDocuments(packId: string, entries: readonly GlossaryEntry[]): SearchDocument[] {
  const inDegree = new Map<string, number>();
  for (const entry of entries) for (const id of entry.related) inDegree.set(id, (inDegree.get(id) ?? 0) + 1);
  try {
    return entries.map((entry) => toDocument(packId, entry, inDegree.get(entry.id) ?? 0));
  } finally {
    clearVariantCaches();
  }
}

function toDocument(packId: string, entry: GlossaryEntry, centrality: number): SearchDocument {
  const names = [entry.term, ...entry.aliases, ...expansionParts(entry.expansion)];
  const folded = new Set(names.map(fold));
  // The forms the matcher generates (compile.ts), one word each: an index of every possessive and
  // every open compound would be larger and find nothing more.
  const forms = new Set<string>();
  const action = { action: entry.category === 'symptoms' };
  for (const written of [entry.term, ...entry.aliases]) {
    if (isCapsAbbreviation(written)) continue;
    for (const form of termVariants(fold(written), action)) forms.add(form);
  }
  for (const written of entry.forms) for (const form of literalVariants(written)) forms.add(fold(form));
  const sounds = new Set<string>();
  for (const name of [entry.term, ...entry.aliases]) {
    if (isCapsAbbreviation(name)) continue;
    for (const key of soundKeys(fold(name))) sounds.add(key);
  }
  const keywords = new Set(names.flatMap(wordStems).concat(wordStems(entry.short)));
  const words = new Set(wordStems(entry.explanation).filter((word) => !keywords.has(word)));
  // Hyphenated forms ("muscle-twitches") are the open compounds again: readers type a space.
  const single = (form: string) => !form.includes(' ') && !form.includes('-') && !/'s?$/.test(form) && !folded.has(form);
  const doc: SearchDocument = {
    id: entry.id,
    packId,
    term: entry.term,
    aliases: entry.aliases,
    short: entry.short,
    centrality,
    forms: [...forms].filter(single),
    sounds: [...sounds],
    words: [...words].join(' '),
  };
  if (entry.pronunciation) doc.pronunciation = entry.pronunciation;
  if (entry.level === 'technical') doc.technical = true;
  if (entry.expansion) {
    doc.expansion = entry.expansion;
    if (entry.related.length > 0) doc.related = entry.related;
  }
  return doc;
}

/**
 * The names inside an abbreviation's expansion: the expansion without its notes in brackets, and
 * a note of two or more words ("hypertension (high blood pressure)" gives both). Notes of one
 * word ("(count)", "(doctor)"), Latin origins and "also …" senses are not names of the entry.
 */
export function expansionParts(expansion: string | undefined): string[] {
  if (!expansion) return [];
  const [main = ''] = expansion.split(';');
  const parts = [main.replace(/\([^)]*\)/g, ' ')];
  for (const [, note = ''] of main.matchAll(/\(([^)]*)\)/g)) parts.push(note.replace(/^(or|sometimes|from the latin)\s+/i, ''));
  return [...new Set(parts.map((part) => part.replace(/\s+/g, ' ').trim()))].filter((part, i) => part.length > 0 && (i === 0 || part.includes(' ')) && !/^from the latin/i.test(part));
}

/** Double Metaphone keys of a name's letters ("new-ralgia" and "neuralgia" both give NRLJ, NRLK). */
function soundKeys(folded: string): string[] {
  const letters = folded.replace(/[^a-z]/g, '');
  if (letters.length < 4) return [];
  const [primary, secondary] = doubleMetaphone(letters);
  return primary === secondary ? [primary] : [primary, secondary];
}

/** Words that say nothing about what an entry is. */
const STOP_WORDS = new Set(
  ('the and for with that this from your you are was were have has had can could may might not but its into than then ' +
    'them they their there what when where which who whom how why also such some more most very too get gets got getting ' +
    'being been does did done doing will would should just only about after before over under one two out all any each ' +
    'many much own same other others our ours she her him his because while during often usually like lot lots ' +
    'thing things way means mean called known help helps let lets use used uses using able make makes made kind kinds ' +
    'keep keeps going come comes came feel feels too cant cannot dont wont isnt ' +
    'really bit something anything').split(' '),
);

/** Irregular forms lay descriptions use, read as their plain word ("swollen ankles", "broke a bone"). */
const IRREGULAR: Readonly<Record<string, string>> = {
  swollen: 'swell', broke: 'break', broken: 'break', bled: 'bleed', fell: 'fall', fallen: 'fall', ate: 'eat', eaten: 'eat',
  threw: 'throw', thrown: 'throw', felt: 'feel', slept: 'sleep', woke: 'wake', lost: 'lose', gave: 'give', given: 'give',
  hurt: 'hurt', torn: 'tear', tore: 'tear', worn: 'wear', shook: 'shake', shaken: 'shake', stung: 'sting', bitten: 'bite',
  drank: 'drink', drunk: 'drink', ran: 'run', asleep: 'sleep', awake: 'wake', teeth: 'tooth', feet: 'foot', children: 'child', men: 'man', women: 'woman',
};

/** Folded words of at least three letters, stop words dropped, each cut to a rough stem. */
export function wordStems(text: string): string[] {
  const out: string[] = [];
  // Plain ASCII (nearly every text) needs only lower case, which is much quicker than folding.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : fold(text);
  for (const word of folded.split(/[^a-z0-9]+/)) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    out.push(stem(IRREGULAR[word] ?? word));
  }
  return out;
}

/** A rough English stem, the same for both sides: "bones" → "bon", "breathing" → "breath", "yellowed" → "yellow". */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * The bundled pack's "index" is its documents: they hold every key, and the lookup tables are
 * rebuilt from them when the popup opens (a few milliseconds). Kept as a function so build
 * scripts can store it next to the pack.
 */
export function buildSearchIndex(docs: readonly SearchDocument[]): { toJSON(): { format: number; docs: SearchDocument[] } } {
  return { toJSON: () => ({ format: SEARCH_INDEX_FORMAT, docs: [...docs] }) };
}

// ---------------------------------------------------------------------------------------------
// Ranking: one comparison for every candidate.

const TIER_RANK: Record<SearchTier, number> = { exact: 0, related: 1, prefix: 2, spelling: 3, sound: 4, fuzzy: 5, description: 6 };
const FIELD_RANK: Record<SearchField, number> = { term: 0, aliases: 1, expansion: 2, short: 3 };

/** How one entry was found: the best way so far. Turned into a SearchResult only if it is shown. */
interface Candidate {
  doc: SearchDocument;
  tier: SearchTier;
  /** Lower is better within a tier: the share of letters that differ, or of query words missed. */
  score: number;
  /** The name it is shown on (for a form, the name it was made from). */
  field: SearchField;
  /** The text that matched: a name or form, folded. */
  key: string;
  /** Key index in the key table, or -1 (related, description). */
  k: number;
  /** Where the query starts in the key (exact and prefix), or -1. */
  at: number;
}

/**
 * THE ranking: tier first; within a tier, entries on the page, then the closer match (score),
 * then term before alias before expansion, then the more central entry (more entries point to
 * it), then the shorter name, then alphabetical order.
 */
function compareCandidates(a: Candidate, b: Candidate, onPage?: ReadonlySet<string>): number {
  return (
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    (onPage ? Number(onPage.has(b.doc.id)) - Number(onPage.has(a.doc.id)) : 0) ||
    a.score - b.score ||
    FIELD_RANK[a.field] - FIELD_RANK[b.field] ||
    b.doc.centrality - a.doc.centrality ||
    a.key.length - b.key.length ||
    a.key.localeCompare(b.key)
  );
}

/** A name of an entry: its term, an alias, or a part of its expansion. */
interface Name {
  field: SearchField;
  text: string;
  folded: string;
}

/**
 * The keys tiers exact, prefix and spelling look at: every name and form, folded, as parallel
 * arrays (12,000 keys for the bundled pack).
 */
interface KeyTable {
  text: string[];
  doc: number[];
  /** Which of the document's names the key is, or was made from (a form: the name sharing the longest beginning). */
  name: number[];
  form: boolean[];
  /** Keys by first letter, for the scan of beginnings in tier spelling. */
  byInitial: Map<string, number[]>;
  /**
   * Keys by the first two units at each place a word may start (the text's start, or after a unit
   * that is no letter or digit), each key once per pair and in key order: tiers exact and prefix
   * only look where the query's first two units start a word, not at all 12,000 keys.
   */
  byWordStart: Map<string, number[]>;
}

/** One query word's matches: per entry, its best weight and how well the word matched. */
interface WordMatches {
  perDoc: ReadonlyMap<number, number>;
  quality: ReadonlyMap<number, number>;
}

/** How many documents a sliced build or prepareStep handles between looks at the clock. */
const DOCS_PER_CLOCK_CHECK = 32;

/** How many query words' matches are kept; a reader's queries reuse a handful. */
const WORD_MATCH_CACHE = 64;

/** Description words: each stem once, with the documents that use it. */
interface WordIndex {
  vocabulary: string[];
  /**
   * Documents per word, as doc * 4 + where: 0 explanation, 1 short text after its first sentence,
   * 2 the first sentence (the definition), 3 a name; each document once, where it weighs most.
   */
  postings: number[][];
  byWord: Map<string, number>;
}

/** The best candidate per document (by index) while one query runs. */
type Found = Map<number, Candidate>;

/** A name as the fuzzy tier's indexes hold it: its text and its place in the key table. */
interface FuzzyKey {
  text: string;
  k: number;
}

export class GlossarySearch {
  readonly #names: Name[][] = [];
  readonly #keys: KeyTable = { text: [], doc: [], name: [], form: [], byInitial: new Map(), byWordStart: new Map() };
  readonly #sounds = new Map<string, number[]>();
  /** The sound keys by length (tier sound's near keys are one sound apart, so of about the same length); built on first use. */
  #soundsByLength: Map<number, [string, number[]][]> | null = null;
  /** Built on the first query that reaches the description tier (most keystrokes never do), or ahead by prepareStep. */
  #words: WordIndex | null = null;
  /** The word index while it is built, and how many documents it holds so far (in document order). */
  readonly #wordsBuilding: { index: WordIndex; docs: number } = { index: { vocabulary: [], postings: [], byWord: new Map() }, docs: 0 };
  /** Every key's letter counts, for tier spelling's quick rejection (see lettersWithin); built on first use. */
  #letterCounts: Uint16Array | null = null;
  /** The description words' letter counts, for the same quick rejection of words beyond a typo; built on first use. */
  #vocabularyLetters: Uint16Array | null = null;
  /** The keys by length, for tier spelling, which reads only keys of about the query's length; built with the letter counts. */
  #keysByLength: KeysByLength | null = null;
  /** Recent query words' matches (see #wordMatches). */
  readonly #wordMatchCache = new Map<string, WordMatches>();
  /** Built on the first query that reaches the fuzzy tier: the names by their three-letter pieces. */
  #trigrams: { all: FuzzyKey[]; byPiece: Map<string, number[]> } | null = null;
  readonly #byId = new Map<string, number>();

  /** The documents whose names, keys and sounds are in the tables so far (all, once built). */
  #docsAdded = 0;

  /** A search over `docs`, built at once; `GlossarySearch.build` builds one in slices. */
  constructor(
    readonly docs: readonly SearchDocument[],
    options: { deferred?: boolean } = {},
  ) {
    if (!options.deferred) this.#addDocs(() => false);
  }

  /**
   * Builds a search over `docs` a slice at a time: as many documents as fit in `budgetMs` by `now`,
   * then `pause()` before the next slice. The popup builds its search this way, so a keystroke
   * typed while it loads waits for one slice, not for the whole build (about 45 ms for the bundled
   * pack in one piece).
   */
  static async build(docs: readonly SearchDocument[], budgetMs: number, now: () => number, pause: () => Promise<void>): Promise<GlossarySearch> {
    const search = new GlossarySearch(docs, { deferred: true });
    for (;;) {
      const until = now() + budgetMs;
      if (search.#addDocs(() => now() >= until)) return search;
      await pause();
    }
  }

  /** Adds documents' names, keys and sounds until `stop` says so (asked every few documents); true once all are in. */
  #addDocs(stop: () => boolean): boolean {
    const keys = this.#keys;
    const addKey = (text: string, d: number, name: number, form: boolean) => {
      push(keys.byInitial, text[0] ?? '', keys.text.length);
      addWordStarts(keys.byWordStart, text, keys.text.length);
      keys.text.push(text);
      keys.doc.push(d);
      keys.name.push(name);
      keys.form.push(form);
    };
    while (this.#docsAdded < this.docs.length) {
      const d = this.#docsAdded++;
      const doc = this.docs[d]!;
      this.#byId.set(`${doc.packId}/${doc.id}`, d);
      const names = namesOf(doc);
      names.forEach((name, n) => addKey(name.folded, d, n, false));
      for (const form of doc.forms) addKey(form, d, sourceName(names, form), true);
      for (const key of doc.sounds) push(this.#sounds, key, d);
      this.#names.push(names);
      if (this.#docsAdded % DOCS_PER_CLOCK_CHECK === 0 && stop()) return false;
    }
    return true;
  }

  /**
   * Builds, one slice at a time, what the first query of a tier would otherwise build on a
   * keystroke: the description tier's word index (about 160 ms for the bundled pack in one piece),
   * as many documents as fit in `budgetMs` by `now`, then the letter counts (of the spelling tier's
   * keys and of the description words), the spelling tier's keys by length and the sound tier's keys
   * by length, then the fuzzy tier's pieces. The popup gives each slice an idle period. Returns true
   * when nothing is left to build; a query that needs a piece first builds the rest of it at once.
   */
  prepareStep(budgetMs: number, now: () => number): boolean {
    if (!this.#words) {
      const until = now() + budgetMs;
      this.#addWords(() => now() >= until);
      return false;
    }
    // One table a step: each is a task of its own, which a keystroke waits for at most.
    if (!this.#letterCounts) {
      this.#letterCounts = letterCounts(this.#keys.text);
      return false;
    }
    if (!this.#vocabularyLetters) {
      this.#vocabularyLetters = letterCounts(this.#words.vocabulary);
      return false;
    }
    if (!this.#keysByLength) {
      this.#keysByLength = keysByLength(this.#keys.text);
      return false;
    }
    if (!this.#soundsByLength) {
      this.#soundsByLength = groupByLength(this.#sounds);
      return false;
    }
    this.#trigrams ??= this.#trigramIndex();
    return true;
  }

  #wordIndex(): WordIndex {
    if (!this.#words) this.#addWords(() => false);
    return this.#words!;
  }

  /** Adds documents' words to the index being built until `stop` says so (asked every few documents) or all are in. */
  #addWords(stop: () => boolean): void {
    const building = this.#wordsBuilding;
    const index = building.index;
    const post = (word: string, value: number) => {
      let w = index.byWord.get(word);
      if (w === undefined) {
        w = index.vocabulary.length;
        index.byWord.set(word, w);
        index.vocabulary.push(word);
        index.postings.push([]);
      }
      index.postings[w]!.push(value);
    };
    while (building.docs < this.docs.length) {
      const d = building.docs++;
      const doc = this.docs[d]!;
      const where = new Map<string, number>();
      for (const word of doc.words ? doc.words.split(' ') : []) where.set(word, 0);
      const stopAt = doc.short.search(/[.!?](\s|$)/);
      for (const word of wordStems(stopAt > 0 ? doc.short.slice(stopAt) : '')) where.set(word, 1);
      for (const word of wordStems(stopAt > 0 ? doc.short.slice(0, stopAt) : doc.short)) where.set(word, 2);
      for (const name of this.#names[d]!) for (const word of wordStems(name.text)) where.set(word, 3);
      for (const [word, field] of where) post(word, d * 4 + field);
      if (building.docs % DOCS_PER_CLOCK_CHECK === 0 && stop()) return;
    }
    this.#words = index;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 20;
    const q = fold(query).slice(0, MAX_QUERY).trim();
    if (q.length === 0) return [];
    const found: Found = new Map();
    // Each tier runs only while the tiers above it found fewer entries than fit in the list: a
    // later tier can never outrank an earlier one.
    this.#byName(q, found);
    this.#relatedOfAbbreviations(found);
    if (found.size < limit) this.#bySpelling(q, found);
    if (found.size < limit) this.#bySound(q, found);
    if (found.size < limit && q.length >= FUZZY_MIN_QUERY) this.#byFuzzy(q, found);
    const described = found.size < limit ? this.#byDescription(q, found) : null;
    return firstInOrder(found.values(), limit, (a, b) => compareCandidates(a, b, options.onPage)).map((candidate) => this.#result(candidate, q, described));
  }

  /** Keeps a candidate for its document if it ranks above what the document has so far. */
  #offer(found: Found, d: number, tier: SearchTier, score: number, k: number, at = -1, key = this.#keys.text[k]!) {
    const previous = found.get(d);
    if (previous && (TIER_RANK[previous.tier] < TIER_RANK[tier] || (previous.tier === tier && previous.score < score))) return;
    const field = k >= 0 ? this.#names[d]![this.#keys.name[k]!]!.field : 'short';
    const candidate: Candidate = { doc: this.docs[d]!, tier, score, field, key, k, at };
    if (!previous || compareCandidates(candidate, previous) < 0) found.set(d, candidate);
  }

  /** Tiers exact and prefix: the query is a name or form, starts a word of one, or holds a long name. */
  #byName(q: string, found: Found) {
    const { text: keys, doc } = this.#keys;
    // Both tiers need the query where a word starts, so only keys with a word starting with its first two units can match.
    const candidates = q.length >= 2 ? (this.#keys.byWordStart.get(q.slice(0, 2)) ?? NO_KEYS) : null;
    const count = candidates ? candidates.length : keys.length;
    for (let i = 0; i < count; i++) {
      const k = candidates ? candidates[i]! : i;
      const text = keys[k]!;
      const at = text.indexOf(q);
      if (at === 0 && text.length === q.length) {
        this.#offer(found, doc[k]!, 'exact', 0, k, 0);
      } else if (at >= 0) {
        const start = wordPrefixAt(text, q, at);
        // The start of a name beats a later word of one ("magne": magnesium before transcranial magnetic stimulation).
        if (start >= 0) this.#offer(found, doc[k]!, 'prefix', start === 0 ? 0 : 0.5, k, start);
      }
    }
  }

  /** Tier related: an abbreviation matched exactly brings the entries it stands for. */
  #relatedOfAbbreviations(found: Found) {
    for (const candidate of [...found.values()]) {
      if (candidate.tier !== 'exact' || candidate.field === 'expansion' || !candidate.doc.related) continue;
      candidate.doc.related.forEach((id, i) => {
        const d = this.#byId.get(`${candidate.doc.packId}/${id}`);
        if (d !== undefined) this.#offer(found, d, 'related', i, -1, -1, this.#names[d]![0]!.folded);
      });
    }
  }

  /**
   * Tier spelling: within a few letters of a whole name or form (the budget grows with length),
   * or, while the reader is still typing, of its beginning (same first letter).
   */
  #bySpelling(q: string, found: Found) {
    const budget = spellingBudget(q.length);
    if (budget === 0) return;
    const { text: keys, doc } = this.#keys;
    const counts = (this.#letterCounts ??= letterCounts(keys));
    const { order, start } = (this.#keysByLength ??= keysByLength(keys));
    const wanted = letterCounts([q]);
    // Only keys whose length is within the budget of the query's can be within it.
    const lengths = start.length - 1;
    const to = start[Math.min(lengths, q.length + budget + 1)]!;
    for (let i = start[Math.min(lengths, Math.max(0, q.length - budget))]!; i < to; i++) {
      const k = order[i]!;
      const text = keys[k]!;
      // The name's own length bounds the typos too: a letter added to "sma" is "asma", not a typo of it.
      const allowed = Math.min(budget, spellingBudget(text.length));
      if (allowed === 0 || Math.abs(text.length - q.length) > allowed) continue;
      if (!lettersWithin(wanted, counts, k, 2 * allowed)) continue;
      const d = typoDistance(q, text, allowed);
      if (d <= allowed) this.#offer(found, doc[k]!, 'spelling', (d / Math.max(q.length, text.length)) * this.#typoWeight(doc[k]!), k);
    }
    const partBudget = Math.max(budget - 1, q.length >= 5 ? 1 : 0);
    if (partBudget === 0) return;
    for (const k of this.#keys.byInitial.get(q[0]!) ?? []) {
      const text = keys[k]!;
      if (text.length <= q.length + partBudget) continue;
      let d = distance(q, text.slice(0, q.length));
      if (d > partBudget) d = Math.min(distance(q, text.slice(0, q.length - 1)), distance(q, text.slice(0, q.length + 1)));
      // Half a letter worse than the same distance to a whole word.
      if (d <= partBudget) this.#offer(found, doc[k]!, 'spelling', ((d + 0.5) / q.length) * this.#typoWeight(doc[k]!), k);
    }
  }

  /**
   * A misspelling equally close to a familiar word and to jargon is more likely the familiar word
   * ("osteoperosis": osteoporosis, not osteopetrosis), as with plain descriptions.
   */
  #typoWeight(d: number): number {
    return this.docs[d]!.technical ? TECHNICAL_TYPO_WEIGHT : 1;
  }

  /**
   * Tier sound: the query sounds like a term or alias (equal Double Metaphone keys, or keys one
   * sound apart) and still looks somewhat like it. The share of letters that differ ranks them; a
   * name a sound apart ranks as if a tenth more of its letters differed ("amfisema" sounds like
   * emphysema and is a sound from the brand AmBisome, which differs in fewer letters: emphysema first).
   */
  #bySound(q: string, found: Found) {
    const keys = soundKeys(q);
    if (keys.length === 0) return;
    const offer = (d: number, maxDifference: number, rankAfter: number) => {
      const previous = found.get(d);
      if (previous && TIER_RANK[previous.tier] < TIER_RANK.sound) return;
      // The closest-looking name is the one shown.
      this.#names[d]!.forEach(({ folded, field }, n) => {
        if (field === 'expansion') return;
        const difference = distance(q, folded) / Math.max(q.length, folded.length);
        if (difference <= maxDifference) this.#offer(found, d, 'sound', rankAfter + difference, this.#nameKey(d, n));
      });
    };
    for (const key of keys) for (const d of this.#sounds.get(key) ?? []) offer(d, SOUND_MAX_DIFFERENCE, 0);
    const byLength = (this.#soundsByLength ??= groupByLength(this.#sounds));
    const lengths = new Set(keys.filter((key) => key.length >= 3).flatMap((key) => [key.length - 1, key.length, key.length + 1]));
    for (const length of lengths) {
      for (const [other, docs] of byLength.get(length) ?? []) {
        if (keys.includes(other) || !keys.some((key) => key.length >= 3 && Math.abs(key.length - other.length) <= 1 && distance(key, other) === 1)) continue;
        // A document offered again (by another near key) offers the same names: the order is of no account.
        for (const d of docs) offer(d, NEAR_SOUND_MAX_DIFFERENCE, NEAR_SOUND_PENALTY);
      }
    }
  }

  /**
   * Tier fuzzy: fuse.js's approximate matching over the names (terms, aliases, expansions), for
   * what the letter-budget tier cannot reach: several typos spread over a long or multi-word name
   * ("hardning of the artries"). Its index is built on the first query that gets this far.
   */
  #byFuzzy(q: string, found: Found) {
    // A near miss of the whole name, not the query hiding inside a much longer one: only names of
    // about the query's length count, and only those sharing enough three-letter pieces with the
    // query. fuse.js reads every name it is given, and over every name a multi-word query took
    // 30-50 ms a keystroke.
    const slack = Math.max(3, q.length * 0.3);
    const candidates = this.#fuzzyCandidates(q).filter(({ text }) => Math.abs(text.length - q.length) <= slack);
    if (candidates.length === 0) return;
    const fuse = new Fuse(candidates, { keys: ['text'], threshold: FUZZY_THRESHOLD, ignoreLocation: true, includeScore: true, minMatchCharLength: 3 });
    const hits = fuse.search(q, { limit: FUZZY_LIMIT });
    for (const { item, score } of hits) this.#offer(found, this.#keys.doc[item.k]!, 'fuzzy', score ?? 1, item.k);
  }

  /**
   * The names (not forms) that share at least FUZZY_SHARED_PIECES of the query's distinct
   * three-letter pieces, in key order: near misses keep most of them, and fuse.js need not read the
   * rest. Queries longer than fuse.js matches in one piece (32 letters) get every name.
   */
  #fuzzyCandidates(q: string): FuzzyKey[] {
    const index = (this.#trigrams ??= this.#trigramIndex());
    if (q.length > 32) return index.all;
    const pieces = trigramsOf(q);
    const needed = Math.ceil(pieces.size * FUZZY_SHARED_PIECES);
    const shared = new Map<number, number>();
    for (const piece of pieces) for (const k of index.byPiece.get(piece) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    return [...shared]
      .filter(([, count]) => count >= needed)
      .map(([k]) => k)
      .sort((a, b) => a - b)
      .map((k) => ({ text: this.#keys.text[k]!, k }));
  }

  #trigramIndex(): { all: FuzzyKey[]; byPiece: Map<string, number[]> } {
    const all: FuzzyKey[] = [];
    const byPiece = new Map<string, number[]>();
    this.#keys.text.forEach((text, k) => {
      if (this.#keys.form[k]) return;
      all.push({ text, k });
      for (const piece of trigramsOf(text)) push(byPiece, piece, k);
    });
    return { all, byPiece };
  }

  /**
   * Tier description: each query word (stemmed) matches a word of the names, short text or
   * explanation exactly, as its beginning, or with a typo. A matched word weighs more when it is
   * rare (idf), when the match is exact, and when the entry uses it in a name or its short text;
   * the sum is multiplied by the share of the query matched (its words weighed by rarity), so
   * entries matching all of them come first, and by a small lift for central entries. An entry
   * must match at least half of the query's words. Returns the words each entry matched.
   */
  #byDescription(q: string, found: Found): Map<number, Set<string>> {
    const stems = [...new Set(wordStems(q))];
    const matchedWords = new Map<number, Set<string>>();
    if (stems.length === 0) return matchedWords;
    const { postings, byWord } = this.#wordIndex();
    const docCount = Math.max(1, this.docs.length);
    const weight = new Map<number, number>();
    // How much of the query each entry covers: each word's say, times how well it matched (1 exact).
    const covered = new Map<number, number>();
    // How much each query word says: a rare word counts more towards "matched all the words".
    const say = new Map(stems.map((word) => [word, Math.log(1 + docCount / (postings[byWord.get(word) ?? -1]?.length ?? 1))]));
    const total = [...say.values()].reduce((sum, value) => sum + value, 0);
    for (const word of stems) {
      const { perDoc, quality } = this.#wordMatches(word);
      for (const [d, value] of perDoc) {
        weight.set(d, (weight.get(d) ?? 0) + value);
        covered.set(d, (covered.get(d) ?? 0) + say.get(word)! * quality.get(d)!);
        const words = matchedWords.get(d);
        if (words) words.add(word);
        else matchedWords.set(d, new Set([word]));
      }
    }
    const needed = Math.ceil(stems.length / 2);
    for (const [d, words] of matchedWords) {
      if (words.size < needed || found.has(d)) continue;
      // General entries (many others point to them) lead among equally good descriptions.
      const doc = this.docs[d]!;
      const relevance =
        weight.get(d)! * Math.sqrt(covered.get(d)! / total) * (1 + CENTRALITY_WEIGHT * Math.log1p(doc.centrality)) * (doc.technical ? 1 : FAMILIAR_LIFT);
      this.#offer(found, d, 'description', 1 / (1 + relevance), -1, -1, this.#names[d]![0]!.folded);
    }
    return matchedWords;
  }

  /**
   * How well each entry matches one query word: the best weight of a word of its names or texts
   * that is the query word, starts with it or is a near miss of it, and how well that word matched
   * (1 exact). It depends on the word alone, so the words a reader has finished typing are answered
   * from a small cache on every later keystroke ("high blood p", "high blood pr"…), where a pass
   * over the whole vocabulary took most of the description tier's time.
   */
  #wordMatches(word: string): WordMatches {
    const cached = this.#wordMatchCache.get(word);
    if (cached) return cached;
    const { vocabulary, postings, byWord } = this.#wordIndex();
    const docCount = Math.max(1, this.docs.length);
    const perDoc = new Map<number, number>();
    const quality = new Map<number, number>();
    const take = (w: number, how: number) => {
      const list = postings[w]!;
      const idf = Math.log(1 + docCount / list.length);
      for (const posting of list) {
        const d = posting >> 2;
        const value = how * idf * WHERE_WEIGHT[posting & 3]!;
        if (value > (perDoc.get(d) ?? 0)) perDoc.set(d, value);
        if (how > (quality.get(d) ?? 0)) quality.set(d, how);
      }
    };
    const exact = byWord.get(word);
    if (exact !== undefined) take(exact, 1);
    const typo = word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
    // A word the glossary uses as typed is probably meant as typed ("hear" is not "heart"):
    // longer words and near misses then count half.
    const expansion = exact === undefined ? 1 : 0.5;
    if (word.length >= 4) {
      const counts = (this.#vocabularyLetters ??= letterCounts(vocabulary));
      const wanted = letterCounts([word]);
      for (let w = 0; w < vocabulary.length; w++) {
        const other = vocabulary[w]!;
        if (w === exact || other.length < word.length - typo) continue;
        if (other.length > word.length && other.startsWith(word)) take(w, 0.8 * expansion);
        else if (typo > 0 && other.length <= word.length + typo && lettersWithin(wanted, counts, w, 2 * typo) && typoDistance(other, word, typo) <= typo) take(w, 0.6 * expansion);
      }
    }
    if (this.#wordMatchCache.size >= WORD_MATCH_CACHE) this.#wordMatchCache.clear();
    const matches = { perDoc, quality };
    this.#wordMatchCache.set(word, matches);
    return matches;
  }

  /** The key index of name n of document d. */
  #nameKey(d: number, n: number): number {
    // Names are added first for each document, so they sit together in the table.
    let k = this.#keys.doc.indexOf(d);
    while (this.#keys.name[k] !== n || this.#keys.form[k]) k++;
    return k;
  }

  /** What the list shows for a candidate: the name to mark, and the letters to mark in it. */
  #result(candidate: Candidate, q: string, described: Map<number, Set<string>> | null): SearchResult {
    const { doc, tier, k, at } = candidate;
    const d = this.#byId.get(`${doc.packId}/${doc.id}`)!;
    if (tier === 'description') {
      const words = described?.get(d);
      return { doc, field: 'short', value: doc.short, ranges: words ? wordRanges(doc.short, words) : [], tier };
    }
    if (k < 0) return { doc, field: 'term', value: doc.term, ranges: [], tier };
    const name = this.#names[d]![this.#keys.name[k]!]!;
    let ranges: MatchedRange[];
    if (at >= 0) {
      // Marks found on a form fit its name only as far as the two agree ("twitching" → "twitch").
      const end = at + q.length - 1;
      const fit = this.#keys.form[k] ? commonPrefix(name.folded, this.#keys.text[k]!) - 1 : end;
      ranges = Math.min(end, fit) >= at ? [[at, Math.min(end, fit)]] : [];
    } else if (tier === 'prefix') {
      ranges = [[0, name.text.length - 1]];
    } else {
      ranges = closeRanges(q, name.folded);
    }
    if (name.field !== 'expansion') return { doc, field: name.field, value: name.text, ranges, tier };
    // Marks go on the whole expansion, where this part starts.
    const offset = Math.max(0, doc.expansion!.indexOf(name.text));
    return { doc, field: 'expansion', value: doc.expansion!, ranges: ranges.map(([s, e]) => [s + offset, e + offset] as const), tier };
  }
}

/** The name a form was made from: the one sharing the longest beginning with it. */
function sourceName(names: readonly Name[], form: string): number {
  let from = 0;
  let shared = -1;
  names.forEach(({ folded, field }, n) => {
    const length = commonPrefix(folded, form);
    if (field !== 'expansion' && length > shared) [from, shared] = [n, length];
  });
  return from;
}

/** Term, aliases, and the parts of an expansion, in that order. */
function namesOf(doc: SearchDocument): Name[] {
  const name = (field: SearchField, text: string): Name => ({ field, text, folded: fold(text) });
  return [
    name('term', doc.term),
    ...doc.aliases.map((text) => name('aliases', text)),
    ...expansionParts(doc.expansion).map((text) => name('expansion', text)),
  ];
}

/** The distinct three-letter pieces of a text ("ache": "ach", "che"). */
function trigramsOf(text: string): Set<string> {
  const pieces = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) pieces.add(text.slice(i, i + 3));
  return pieces;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** What to mark for a near miss: the letters the query and the name share at the start and at the end. */
function closeRanges(q: string, name: string): MatchedRange[] {
  const start = commonPrefix(q, name);
  let end = 0;
  while (end < q.length - start && end < name.length - start && q[q.length - 1 - end] === name[name.length - 1 - end]) end++;
  const ranges: MatchedRange[] = [];
  if (start >= 2) ranges.push([0, start - 1]);
  if (end >= 2) ranges.push([name.length - end, name.length - 1]);
  return ranges;
}

/** Where the words with these stems are in a text (for marking a description match). */
function wordRanges(text: string, stems: ReadonlySet<string>): MatchedRange[] {
  const ranges: MatchedRange[] = [];
  const folded = fold(text);
  // Folding keeps lengths for the Latin text of our glossaries, so offsets map back.
  if (folded.length !== text.length) return ranges;
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    const word = stem(match[0]);
    for (const wanted of stems) {
      if (word === wanted || (wanted.length >= 4 && word.startsWith(wanted))) {
        ranges.push([match.index, match.index + match[0].length - 1]);
        break;
      }
    }
  }
  return ranges;
}

const NO_KEYS: readonly number[] = [];

/** Files key `k` under the first two units of each place in `text` where a word may start (as wordPrefixAt reads it). */
function addWordStarts(byWordStart: Map<string, number[]>, text: string, k: number): void {
  for (let at = 0; at + 2 <= text.length; at++) {
    if (!mayStartWord(text, at)) continue;
    const pair = text.slice(at, at + 2);
    const list = byWordStart.get(pair);
    if (!list) byWordStart.set(pair, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  }
}

/** Whether a word may start at `at`: the text's start, or after a unit that is no letter or digit. */
function mayStartWord(text: string, at: number): boolean {
  return at === 0 || !isWordChar(text.charCodeAt(at - 1));
}

/** Where `q` starts a word of `value` (or -1), looking from `from`: "spasm" finds "muscle spasm" but not "antispasmodic". */
function wordPrefixAt(value: string, q: string, from = value.indexOf(q)): number {
  for (let at = from; at >= 0; at = value.indexOf(q, at + 1)) {
    if (mayStartWord(value, at)) return at;
  }
  return -1;
}

/** Letters and digits of folded text (any non-ASCII character counts as a letter). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

/**
 * Edit distance that also counts two swapped neighbours as one edit ("alveloi" → "alveoli"), the
 * commonest typo. Levenshtein (fast, bit-parallel) decides nearly every case; the slower
 * swap-aware distance runs only when Levenshtein misses the budget by one.
 */
/** Letter buckets per key: a to z, and six shared buckets for every other unit. */
const LETTER_BUCKETS = 32;

function letterBucket(unit: number): number {
  return unit >= 0x61 && unit <= 0x7a ? unit - 0x61 : 26 + (unit % 6);
}

/** Each text's units counted per bucket, text after text. */
function letterCounts(texts: readonly string[]): Uint16Array {
  const counts = new Uint16Array(texts.length * LETTER_BUCKETS);
  texts.forEach((text, t) => {
    for (let i = 0; i < text.length; i++) counts[t * LETTER_BUCKETS + letterBucket(text.charCodeAt(i))]!++;
  });
  return counts;
}

function groupByLength<V>(map: ReadonlyMap<string, V>): Map<number, [string, V][]> {
  const groups = new Map<number, [string, V][]>();
  for (const entry of map) push(groups, entry[0].length, entry);
  return groups;
}

/** Key indices in order of length (then key order); the keys of length n are order[start[n]] up to order[start[n + 1]]. */
interface KeysByLength {
  order: Int32Array;
  start: Int32Array;
}

function keysByLength(texts: readonly string[]): KeysByLength {
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, text.length);
  const start = new Int32Array(longest + 2);
  for (const text of texts) start[text.length + 1]!++;
  for (let n = 1; n < start.length; n++) start[n]! += start[n - 1]!;
  const next = start.slice(0, longest + 1);
  const order = new Int32Array(texts.length);
  texts.forEach((text, k) => (order[next[text.length]!++] = k));
  return { order, start };
}

/**
 * Whether key k's bucket counts differ from the query's by at most `most` in all. Each insertion or
 * deletion changes the counts by one, a substitution by two and a swap by none, so two texts
 * within n typos differ by at most 2n: a key beyond that cannot be within the budget, and the
 * distance need not be worked out.
 */
function lettersWithin(query: Uint16Array, counts: Uint16Array, k: number, most: number): boolean {
  let apart = 0;
  for (let b = 0, at = k * LETTER_BUCKETS; b < LETTER_BUCKETS; b++, at++) {
    apart += Math.abs(query[b]! - counts[at]!);
    if (apart > most) return false;
  }
  return true;
}

export function typoDistance(a: string, b: string, budget: number): number {
  const plain = distance(a, b);
  return plain === budget + 1 ? Math.min(plain, swapDistance(a, b)) : plain;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function swapDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
