import { distance } from 'fastest-levenshtein';
import Fuse, { type FuseIndex, type FuseOptionKey } from 'fuse.js';
import { foldTerm } from './normalize';
import type { GlossaryEntry } from './schema';

/** What the popup searches: one document per entry, small on purpose (fuse scans every item). */
export interface SearchDocument {
  id: string;
  packId: string;
  term: string;
  aliases: string[];
  short: string;
  /** How many other entries list this one as related: general terms outrank specific ones on ties. */
  centrality: number;
}

export type MatchedRange = readonly [start: number, end: number];

export interface SearchResult {
  doc: SearchDocument;
  /** Which field matched and the character ranges (inclusive) to mark in it. */
  field: 'term' | 'aliases' | 'short';
  value: string;
  ranges: MatchedRange[];
  tier: 'exact' | 'prefix' | 'fuzzy' | 'description';
}

/** Above this many entries, fuzzy search first narrows the candidates (see `#fuzzyHits`). */
const FULL_SCAN_MAX = 2_000;

/** Fuzzy matching of one or two letters finds noise, not words. */
const MIN_FUZZY_QUERY = 3;

/**
 * fuse.js scans every item on every keystroke, so it gets only the short fields. The short text
 * is searched by whole-word prefix instead (see `#inShortTexts`): typos there matter little.
 */
export const SEARCH_KEYS: FuseOptionKey<SearchDocument>[] = [
  { name: 'term', weight: 3 },
  { name: 'aliases', weight: 2 },
];

/** Tuned against tests/unit/search.test.ts: typos of one or two letters still find the term. */
export const FUSE_OPTIONS = {
  keys: SEARCH_KEYS,
  threshold: 0.34,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
  // A typo of a short term should beat the same letters buried in a longer one.
  fieldNormWeight: 2,
} as const;

/** Bitap patterns are limited to 32 characters; longer queries are cut at a word boundary. */
export const MAX_FUZZY_QUERY = 32;

export function toSearchDocuments(packId: string, entries: readonly GlossaryEntry[]): SearchDocument[] {
  const inDegree = new Map<string, number>();
  for (const entry of entries) for (const id of entry.related) inDegree.set(id, (inDegree.get(id) ?? 0) + 1);
  return entries.map((entry) => ({
    id: entry.id,
    packId,
    term: entry.term,
    aliases: entry.aliases,
    short: entry.short,
    centrality: inDegree.get(entry.id) ?? 0,
  }));
}

/** Queries and documents are compared the way the matcher compares terms. */
export const fold = foldTerm;

export function buildSearchIndex(docs: readonly SearchDocument[]): FuseIndex<SearchDocument> {
  return Fuse.createIndex(SEARCH_KEYS, docs);
}

export interface SearchOptions {
  limit?: number;
  /** Entry ids found on the current page: they rank first within each tier. */
  onPage?: ReadonlySet<string>;
}

/**
 * Exact and word-prefix matches of terms and aliases come first (a fast path that needs no
 * fuzzy scan), then fuse.js's typo-tolerant matches.
 */
export class GlossarySearch {
  readonly #fuse: Fuse<SearchDocument>;
  readonly #folded: { term: string; aliases: string[]; short: string }[];

  constructor(
    readonly docs: readonly SearchDocument[],
    index?: FuseIndex<SearchDocument>,
  ) {
    this.#fuse = new Fuse(docs, FUSE_OPTIONS, index);
    this.#folded = docs.map((doc) => ({ term: fold(doc.term), aliases: doc.aliases.map(fold), short: fold(doc.short) }));
  }

  /**
   * fuse.js scores every document on every search. Up to a few thousand entries that is quick;
   * beyond, only entries sharing a three-letter piece with the query can be a one- or two-letter
   * typo of it, so fuse scores just those ("magnesum" shares "mag" with "magnesium").
   */
  #fuzzyHits(pattern: string, limit: number): { item: SearchDocument; refIndex: number; score?: number; matches?: readonly { key?: string; value?: string; indices: readonly (readonly [number, number])[] }[] }[] {
    if (this.docs.length <= FULL_SCAN_MAX) return this.#fuse.search(pattern, { limit });
    const grams = new Set<string>();
    for (let i = 0; i + 3 <= pattern.length; i++) if (!pattern.slice(i, i + 3).includes(' ')) grams.add(pattern.slice(i, i + 3));
    const candidates: number[] = [];
    this.#folded.forEach((folded, index) => {
      for (const gram of grams) {
        if (folded.term.includes(gram) || folded.aliases.some((alias) => alias.includes(gram))) {
          candidates.push(index);
          return;
        }
      }
    });
    const subset = candidates.map((index) => this.docs[index]!);
    return new Fuse(subset, FUSE_OPTIONS).search(pattern, { limit }).map((hit) => ({ ...hit, refIndex: candidates[hit.refIndex]! }));
  }

  /** Entries whose short text has a word starting with the query ("cramp" finds "heat exhaustion"). */
  #inShortTexts(q: string, seen: ReadonlySet<SearchDocument>): SearchResult[] {
    const found: SearchResult[] = [];
    this.#folded.forEach((folded, index) => {
      const doc = this.docs[index]!;
      if (seen.has(doc)) return;
      const at = wordPrefixAt(folded.short, q);
      // Folding keeps lengths for the Latin text of our glossaries, so the offset maps back.
      if (at >= 0) found.push({ doc, field: 'short', value: doc.short, ranges: [[at, at + q.length - 1]], tier: 'description' });
    });
    return found.sort((a, b) => b.doc.centrality - a.doc.centrality);
  }

  /** 1 for an identical term or alias, falling towards 0 as more letters differ. */
  #similarity(q: string, index: number): number {
    const folded = this.#folded[index];
    if (!folded) return 0;
    let best = 0;
    for (const value of [folded.term, ...folded.aliases]) {
      best = Math.max(best, 1 - distance(q, value) / Math.max(q.length, value.length));
    }
    return best;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 20;
    const q = fold(query);
    if (q.length === 0) return [];
    const exact: SearchResult[] = [];
    const prefix: SearchResult[] = [];
    this.#folded.forEach((folded, index) => {
      const doc = this.docs[index]!;
      const fields: [SearchResult['field'], string, string][] = [
        ['term', doc.term, folded.term],
        ...doc.aliases.map((alias, i): [SearchResult['field'], string, string] => ['aliases', alias, folded.aliases[i]!]),
      ];
      for (const [field, value, foldedValue] of fields) {
        if (foldedValue === q) {
          exact.push({ doc, field, value, ranges: [[0, value.length - 1]], tier: 'exact' });
          return;
        }
      }
      for (const [field, value, foldedValue] of fields) {
        const at = wordPrefixAt(foldedValue, q);
        if (at >= 0) {
          prefix.push({ doc, field, value, ranges: [[at, at + q.length - 1]], tier: 'prefix' });
          return;
        }
      }
    });
    prefix.sort(
      (a, b) =>
        fieldRank(a) - fieldRank(b) ||
        b.doc.centrality - a.doc.centrality ||
        a.value.length - b.value.length ||
        a.value.localeCompare(b.value),
    );
    const seen = new Set([...exact, ...prefix].map((result) => result.doc));
    const fuzzy: SearchResult[] = [];
    if (exact.length + prefix.length < limit && q.length >= MIN_FUZZY_QUERY) {
      const pattern = q.length > MAX_FUZZY_QUERY ? cutAtWord(q, MAX_FUZZY_QUERY) : q;
      const ranked: { result: SearchResult; rank: number }[] = [];
      for (const hit of this.#fuzzyHits(pattern, limit * 2)) {
        if (seen.has(hit.item)) continue;
        const best = hit.matches?.find((match) => match.key === 'term') ?? hit.matches?.[0];
        const field = (best?.key ?? 'term') as SearchResult['field'];
        const result: SearchResult = {
          doc: hit.item,
          field,
          value: best?.value ?? hit.item.term,
          ranges: (best?.indices ?? []).filter(([start, end]) => end - start >= 1).map(([start, end]) => [start, end] as const),
          tier: 'fuzzy',
        };
        // fuse multiplies the scores of every key that matched, which favours long entries that
        // repeat the letters ("hypomagnesemia" for "magnesum"); how close the query is to the
        // whole term or alias puts the entry that was meant first.
        ranked.push({ result, rank: (hit.score ?? 1) - SIMILARITY_WEIGHT * this.#similarity(q, hit.refIndex) });
      }
      fuzzy.push(...ranked.sort((a, b) => a.rank - b.rank).map(({ result }) => result));
    }
    for (const result of fuzzy) seen.add(result.doc);
    const described = exact.length + prefix.length + fuzzy.length < limit && q.length >= MIN_FUZZY_QUERY ? this.#inShortTexts(q, seen) : [];
    const onPage = options.onPage;
    const boost = (results: SearchResult[]) =>
      onPage ? [...results].sort((a, b) => Number(onPage.has(b.doc.id)) - Number(onPage.has(a.doc.id))) : results;
    return [...boost(exact), ...boost(prefix), ...boost(fuzzy), ...boost(described)].slice(0, limit);
  }
}

const SIMILARITY_WEIGHT = 0.6;

function fieldRank(result: SearchResult): number {
  return result.field === 'term' ? 0 : 1;
}

/** Where `q` starts a word of `value` (or -1): "spasm" finds "muscle spasm" but not "antispasmodic". */
function wordPrefixAt(value: string, q: string): number {
  for (let at = value.indexOf(q); at >= 0; at = value.indexOf(q, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(value[at - 1]!)) return at;
  }
  return -1;
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}
