import { buildSearchIndex, type SearchDocument } from './search';
import { SEARCH_INDEX_FORMAT } from './search-format';

/**
 * The search index of the user's glossaries, as the background stores it: their search
 * documents, which already hold every key (forms, sound keys, description words), so the popup
 * only parses them. `format` changes whenever the documents' layout does.
 */
export interface SearchIndexJson {
  format: number;
  docs: SearchDocument[];
}

export function indexJson(docs: readonly SearchDocument[]): SearchIndexJson {
  return buildSearchIndex(docs).toJSON();
}

/** The stored documents, or null when they were stored in another layout (built by an older version). */
export function storedDocs(index: SearchIndexJson | null | undefined): SearchDocument[] | null {
  return index?.format === SEARCH_INDEX_FORMAT && Array.isArray(index.docs) ? index.docs : null;
}
