import type { FuseIndexObjectRecord } from 'fuse.js';
import { buildSearchIndex, type SearchDocument } from './search';

/** A fuse.js index as JSON (what `createIndex(...).toJSON()` gives). */
export interface SearchIndexJson {
  keys: unknown[];
  records: FuseIndexObjectRecord[];
}

export function indexJson(docs: readonly SearchDocument[]): SearchIndexJson {
  return buildSearchIndex(docs).toJSON() as unknown as SearchIndexJson;
}

/**
 * Joins the bundled pack's prebuilt index with the index of the user's glossaries (built when
 * they change), so opening the popup only parses. Both use the same keys; the second list's
 * document numbers move past the first's documents.
 */
export function concatIndexes(first: SearchIndexJson, firstDocCount: number, second: SearchIndexJson): SearchIndexJson {
  return {
    keys: first.keys,
    records: [...first.records, ...second.records.map((record) => ({ ...record, i: record.i + firstDocCount }))],
  };
}
