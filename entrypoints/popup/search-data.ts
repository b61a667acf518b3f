import Fuse from 'fuse.js';
import { searchDocs, searchIndex } from 'virtual:termlight/health-search';
import { GlossarySearch, toSearchDocuments, type SearchDocument } from '../../glossary/search';
import { concatIndexes, type SearchIndexJson } from '../../glossary/search-index';
import type { UserGlossary } from '../../utils/user-glossaries';
import { userIndexRevision, type StoredUserSearchIndex } from '../../utils/user-search-index';

/**
 * Search over the bundled pack and the user's enabled glossaries. Loaded as its own chunk after
 * the popup is on screen, so the search box takes keystrokes before any index is parsed. Both
 * indexes were built ahead: the bundled one at build time, the user's when their glossaries
 * changed; a stale or missing user index is rebuilt here.
 */
export function createSearch(user: readonly UserGlossary[] = [], storedIndex: StoredUserSearchIndex | null = null): GlossarySearch {
  const enabled = user.filter((glossary) => glossary.enabled);
  const bundledIndex = searchIndex as unknown as SearchIndexJson;
  if (enabled.length === 0) return new GlossarySearch(searchDocs, Fuse.parseIndex<SearchDocument>(bundledIndex as never));
  const docs = [...searchDocs, ...enabled.flatMap((glossary) => toSearchDocuments(glossary.id, glossary.entries))];
  if (storedIndex?.revision !== userIndexRevision(user)) return new GlossarySearch(docs);
  const joined = concatIndexes(bundledIndex, searchDocs.length, storedIndex.index);
  return new GlossarySearch(docs, Fuse.parseIndex<SearchDocument>(joined as never));
}
