import Fuse from 'fuse.js';
import { searchDocs, searchIndex } from 'virtual:termlight/health-search';
import { GlossarySearch, toSearchDocuments, type SearchDocument } from '../../glossary/search';
import type { UserGlossary } from '../../utils/user-glossaries';

/**
 * Search over the bundled pack and the user's enabled glossaries. Loaded as its own chunk after
 * the popup is on screen, so the search box takes keystrokes before the index is parsed.
 */
export function createSearch(user: readonly UserGlossary[] = []): GlossarySearch {
  const enabled = user.filter((glossary) => glossary.enabled);
  if (enabled.length === 0) {
    // The bundled pack's fuse.js index was built at build time: parsing it is all that is left.
    return new GlossarySearch(searchDocs, Fuse.parseIndex<SearchDocument>(searchIndex));
  }
  return new GlossarySearch([...searchDocs, ...enabled.flatMap((glossary) => toSearchDocuments(glossary.id, glossary.entries))]);
}
