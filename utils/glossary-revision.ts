import { storage } from 'wxt/utils/storage';

/**
 * The published glossary's revision on its own, for web pages: they never read the tables (the
 * background matches for them) but rescan when the glossary changes. Kept apart from
 * glossary-store.ts so that the content script never defines the tables' item (see there).
 */
const revisionItem = storage.defineItem<string | null>('local:glossaryRevision', { fallback: null });

export function readGlossaryRevision(): Promise<string | null> {
  return revisionItem.getValue();
}

export function watchGlossaryRevision(onChange: (revision: string | null) => void): () => void {
  return revisionItem.watch(onChange);
}

/** Tells pages the glossary in force (the background, after the tables are written). */
export async function publishGlossaryRevision(revision: string): Promise<void> {
  if ((await revisionItem.getValue()) !== revision) await revisionItem.setValue(revision);
}
