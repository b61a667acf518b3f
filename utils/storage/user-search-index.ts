import type { SearchIndexJson } from '../../glossary/search-index';
import { SEARCH_INDEX_FORMAT } from '../../glossary/search-format';
import type { UserGlossary } from '../../glossary/user-glossary-schema';
import { readStoredKey, writeStoredKey } from './stored-key';

/**
 * The search documents of the user's enabled glossaries, rebuilt by the background whenever
 * they change, so the popup only parses them. `revision` says which glossaries it was built from.
 */
export interface StoredUserSearchIndex {
  revision: string;
  index: SearchIndexJson;
}

/** A key read and written straight: defining a WXT storage item reads its whole value once (see user-glossaries.ts). */
const USER_SEARCH_INDEX_KEY = 'userSearchIndex';

/** The index, or null while the background has built none. */
export async function readUserSearchIndex(): Promise<StoredUserSearchIndex | null> {
  return ((await readStoredKey('local', USER_SEARCH_INDEX_KEY)) as StoredUserSearchIndex | undefined) ?? null;
}

/** The background's write (it is the only writer). */
export async function writeUserSearchIndex(index: StoredUserSearchIndex): Promise<void> {
  await writeStoredKey('local', USER_SEARCH_INDEX_KEY, index);
}

/** Which enabled glossaries, in which state and which document layout, an index belongs to. */
export function userIndexRevision(glossaries: readonly UserGlossary[]): string {
  return `docs${SEARCH_INDEX_FORMAT}|` + glossaries
    .filter((glossary) => glossary.enabled)
    .map((glossary) => `${glossary.id}@${glossary.updatedAt}:${glossary.entries.length}`)
    .join('|');
}
