import { GLOSSARY_REVISION_KEY } from './glossary-revision-key';
import { readStoredKey, watchStoredKey, writeStoredKey } from './stored-key';

/**
 * The published glossary's revision on its own, for web pages: they never read the tables (the
 * background matches for them) but rescan when the glossary changes. Kept apart from
 * glossary-store.ts so that the content script never loads the tables' code.
 */

const asRevision = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A plain key with no versions: read, watched and written straight (see stored-key.ts). */
export async function readGlossaryRevision(): Promise<string | null> {
  return asRevision(await readStoredKey('local', GLOSSARY_REVISION_KEY));
}

export function watchGlossaryRevision(onChange: (revision: string | null) => void): () => void {
  return watchStoredKey('local', GLOSSARY_REVISION_KEY, (value) => onChange(asRevision(value)));
}

/** Tells pages the glossary in force (the background, after the tables are written). */
export async function publishGlossaryRevision(revision: string): Promise<void> {
  if ((await readGlossaryRevision()) !== revision) await writeStoredKey('local', GLOSSARY_REVISION_KEY, revision);
}
