/**
 * The 'userGlossaries' storage key and the only functions that write it: imports, restores and
 * the options page's edits all come through here, so the item's key, area and write semantics are
 * decided in one place. What an import makes of the stored list is decided by the pure core
 * (glossary/import/apply.ts); this module reads, hands the stored value over and writes the result.
 */
import * as v from 'valibot';
import { checkImportedGlossary, glossaryFromPreview, refuseFailedPreview, withImportedGlossary, type ApplyOptions, type ApplyPreviewOptions, type ImportPreview } from '../../glossary/import/index';
import { UserGlossarySchema, type UserGlossary } from '../../glossary/user-glossary-schema';
import { readStoredKey, watchStoredKey, writeStoredKey } from './stored-key';

export type { UserGlossary };

/**
 * Glossaries live in local storage (they can be large), never in sync. A key read and written
 * straight, not a WXT storage item: defining an item reads its whole value once, and the popup,
 * which only reads the list, paid that read beside its own each time it opened (see
 * glossary-store.ts for the compiled glossary, which had the same cost).
 */
const USER_GLOSSARIES_KEY = 'userGlossaries';

/**
 * Reads stored glossaries, keeping every one that still validates: storage is written by our
 * pages, but a damaged item must cost only itself, never the others.
 */
function parseUserGlossaries(stored: unknown): UserGlossary[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = v.safeParse(UserGlossarySchema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

export async function loadUserGlossaries(): Promise<UserGlossary[]> {
  return parseUserGlossaries(await readStoredKey('local', USER_GLOSSARIES_KEY));
}

/** Calls `onChange` with the valid glossaries whenever the item changes (in any context). */
export function watchUserGlossaries(onChange: (glossaries: UserGlossary[]) => void): () => void {
  return watchStoredKey('local', USER_GLOSSARIES_KEY, (value) => onChange(parseUserGlossaries(value)));
}

/** Replaces the whole list in one write: a failed write leaves the old list in place. */
export async function saveUserGlossaries(glossaries: UserGlossary[]): Promise<void> {
  await writeStoredKey('local', USER_GLOSSARIES_KEY, glossaries);
}

/**
 * Adds `glossary`, or replaces the stored one with the same id, removing `options.remove` from the
 * other glossaries in the same write. Everything goes into ONE set() of the key, built from a
 * copy: storage either takes the whole change or, if the write fails, keeps exactly what it had.
 * Throws an Error whose message can be shown as it is; storage is unchanged whenever it throws.
 */
export async function applyImport(glossary: UserGlossary, options: ApplyOptions = {}): Promise<void> {
  // Checked before storage is read, so a bad glossary is refused even when storage is unreadable.
  checkImportedGlossary(glossary);
  const next = withImportedGlossary(await readStored(), glossary, options);
  try {
    await writeStoredKey('local', USER_GLOSSARIES_KEY, next);
  } catch (error) {
    if (isQuotaError(error)) {
      throw new Error(
        `There is not enough room in the browser's storage for the glossary "${glossary.name}". Nothing was changed. Remove a glossary you no longer need, or import a smaller file, and try again.`,
        { cause: error },
      );
    }
    throw new Error(`Termlight could not save the glossary "${glossary.name}", so nothing was changed. Please try again. (${reason(error)})`, { cause: error });
  }
}

/**
 * The whole "Import" button: refuses a preview with errors, plans the import against what is
 * stored now (the same plan the preview showed), and applies it in one write. Returns the glossary
 * as stored. An import that would add no entry throws, and adds nothing.
 */
export async function applyPreview(preview: ImportPreview, options: ApplyPreviewOptions = {}): Promise<UserGlossary> {
  refuseFailedPreview(preview);
  const { glossary, remove, now } = glossaryFromPreview(await readStored(), preview, options);
  await applyImport(glossary, { remove, now });
  return glossary;
}

/** The raw stored value (an import keeps even items that no longer validate), or a message to show. */
async function readStored(): Promise<unknown> {
  try {
    return await readStoredKey('local', USER_GLOSSARIES_KEY);
  } catch (error) {
    throw new Error(`Termlight could not read your saved glossaries, so nothing was changed. Please try again. (${reason(error)})`, { cause: error });
  }
}

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox throws a QuotaExceededError: both mention quota. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return /quota/i.test(String(error));
  const { name, message } = error as { name?: unknown; message?: unknown };
  return /quota/i.test(String(name ?? '')) || /quota/i.test(String(message ?? ''));
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
