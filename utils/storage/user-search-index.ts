import { storage } from 'wxt/utils/storage';
import type { SearchIndexJson } from '../../glossary/search-index';
import { SEARCH_INDEX_FORMAT } from '../../glossary/search-format';
import type { UserGlossary } from '../../glossary/user-glossary-schema';

/**
 * The search documents of the user's enabled glossaries, rebuilt by the background whenever
 * they change, so the popup only parses them. `revision` says which glossaries it was built from.
 */
export interface StoredUserSearchIndex {
  revision: string;
  index: SearchIndexJson;
}

export const userSearchIndexItem = storage.defineItem<StoredUserSearchIndex | null>('local:userSearchIndex', {
  fallback: null,
  version: 1,
});

/** Which enabled glossaries, in which state and which document layout, an index belongs to. */
export function userIndexRevision(glossaries: readonly UserGlossary[]): string {
  return `docs${SEARCH_INDEX_FORMAT}|` + glossaries
    .filter((glossary) => glossary.enabled)
    .map((glossary) => `${glossary.id}@${glossary.updatedAt}:${glossary.entries.length}`)
    .join('|');
}
