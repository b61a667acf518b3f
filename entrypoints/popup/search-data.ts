import { loadSearchParts } from 'virtual:termlight/health-search';
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
export async function createSearch(user: readonly UserGlossary[] = [], storedIndex: StoredUserSearchIndex | null = null): Promise<GlossarySearch> {
  const bundled = await bundledSearchDocs();
  const search = await GlossarySearch.build([...bundled, ...userDocuments(user, storedIndex)], SLICE_MS, () => performance.now(), nextTask);
  prepareWhenIdle(search);
  return search;
}

/**
 * The bundled documents come in parts, each a chunk of its own, so that no script in the package
 * passes the size Mozilla's add-on linter reads (modules/prebuilt-glossary.ts makes the parts and
 * the loader that imports them all).
 */
async function bundledSearchDocs() {
  const parts = await loadSearchParts();
  return parts.flatMap((part) => part.searchDocs);
}

/** The longest slice of building or preparing the search: a keystroke waits at most about this long. */
const SLICE_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The tables the first query of each tier needs are built when the popup is idle, a slice at a
 * time, not on the keystroke that first needs them nor in one long task a keystroke would wait for.
 */
function prepareWhenIdle(search: GlossarySearch): void {
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  const later = (step: () => void) => (idle ? idle(step, { timeout: 1_000 }) : setTimeout(step, 50));
  const step = () => {
    if (!search.prepareStep(SLICE_MS, () => performance.now())) later(step);
  };
  later(step);
}

function userDocuments(user: readonly UserGlossary[], storedIndex: StoredUserSearchIndex | null) {
  const enabled = user.filter((glossary) => glossary.enabled);
  if (enabled.length === 0) return [];
  const stored = storedIndex?.revision === userIndexRevision(user) ? storedDocs(storedIndex.index) : null;
  return stored ?? enabled.flatMap((glossary) => toSearchDocuments(glossary.id, glossary.entries));
}
