import { searchDocs } from 'virtual:termlight/health-search';
import { GlossarySearch, toSearchDocuments } from '../../glossary/search';
import { storedDocs } from '../../glossary/search-index';
import type { UserGlossary } from '../../utils/storage/user-glossaries';
import { userIndexRevision, type StoredUserSearchIndex } from '../../utils/storage/user-search-index';

/**
 * Search over the bundled pack and the user's enabled glossaries. Loaded as its own chunk after
 * the popup is on screen, so the search box takes keystrokes before any document is parsed. The
 * documents were built ahead, with every key: the bundled ones at build time, the user's when
 * their glossaries changed; stale or missing user documents are rebuilt here.
 */
export function createSearch(user: readonly UserGlossary[] = [], storedIndex: StoredUserSearchIndex | null = null): GlossarySearch {
  const search = new GlossarySearch([...searchDocs, ...userDocuments(user, storedIndex)]);
  // The description words are indexed when the popup is idle, not on the keystroke that first needs them.
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(() => search.prepare(), { timeout: 1_000 });
  else setTimeout(() => search.prepare(), 50);
  return search;
}

function userDocuments(user: readonly UserGlossary[], storedIndex: StoredUserSearchIndex | null) {
  const enabled = user.filter((glossary) => glossary.enabled);
  if (enabled.length === 0) return [];
  const stored = storedIndex?.revision === userIndexRevision(user) ? storedDocs(storedIndex.index) : null;
  return stored ?? enabled.flatMap((glossary) => toSearchDocuments(glossary.id, glossary.entries));
}
