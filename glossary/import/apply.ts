/**
 * What the stored glossaries become after an import, decided without touching storage: the one
 * write (all or nothing, with its own messages for a failed read or write) belongs to the owner of
 * the 'userGlossaries' item, utils/storage/user-glossaries.ts. Everything here works on a copy, so a write
 * that fails leaves nothing in memory half-changed either.
 */
import * as v from 'valibot';
import { UserGlossarySchema, type UserGlossary } from '../user-glossary-schema';
import { idFromTerm } from './ids';
import { describeIssue, relativeIssue } from './validate';
import type { ImportPreview } from './types';
import type { ConflictChoice, ExistingGlossary } from './conflicts';
import { planImport, type ImportPlan } from './plan';

export interface ApplyOptions {
  /** Existing entries to drop from the user's other glossaries in the same write ("keep theirs"). */
  remove?: readonly { glossaryId: string; entryId: string }[];
  now?: Date;
}

/**
 * The glossary as it may be stored, or an Error whose message can be shown as it is. Checked
 * again at the write, not only in the preview: this is the last door before storage.
 */
export function checkImportedGlossary(glossary: UserGlossary): UserGlossary {
  const checked = v.safeParse(UserGlossarySchema, glossary, { abortPipeEarly: true });
  if (!checked.success) {
    throw new Error(`The glossary "${String(glossary.name)}" was not saved because ${invalidPart(checked.issues[0])}. Nothing was changed.`);
  }
  return checked.output;
}

/**
 * The stored list with `glossary` added, or put in place of the stored one with the same id.
 * `stored` is what storage holds (anything: it is not trusted). Throws as checkImportedGlossary does.
 */
export function withImportedGlossary(stored: unknown, glossary: UserGlossary, options: ApplyOptions = {}): unknown[] {
  const checked = checkImportedGlossary(glossary);
  // Items are copied as they are, even ones that no longer validate: an import must never be the
  // thing that throws away a glossary. A non-list here is unreadable to every reader already.
  const current: unknown[] = Array.isArray(stored) ? [...(stored as unknown[])] : [];
  const removals = groupRemovals(options.remove ?? [], glossary.id);
  const updatedAt = (options.now ?? new Date()).toISOString();
  let replaced = false;
  const next = current.map((item) => {
    const id = idOf(item);
    if (id === glossary.id) {
      replaced = true;
      return checked;
    }
    const drop = id === null ? undefined : removals.get(id);
    if (!drop) return item;
    const parsed = v.safeParse(UserGlossarySchema, item);
    if (!parsed.success) return item;
    return { ...parsed.output, updatedAt, entries: parsed.output.entries.filter((entry) => !drop.has(entry.id)) };
  });
  if (!replaced) next.push(checked);
  return next;
}

function invalidPart(found: v.BaseIssue<unknown>): string {
  const path = found.path ?? [];
  const entry = path[0]?.key === 'entries' && typeof path[1]?.key === 'number' ? path[1].key + 1 : null;
  if (entry !== null) {
    const field = path[2]?.key;
    const where = typeof field === 'string' ? `entry ${entry}, field ${field}` : `entry ${entry}`;
    return `${where} is not valid: ${describeIssue(relativeIssue(found, 2), { unit: 'entry', field: 'field' })}`;
  }
  const field = path[0]?.key;
  if (field === 'name') return 'its name must be 1 to 100 characters long';
  if (field === 'id') return 'its id must look like "user-my-glossary"';
  return `${typeof field === 'string' ? `its ${field}` : 'it'} is not valid`;
}

function idOf(item: unknown): string | null {
  if (item === null || typeof item !== 'object' || !Object.hasOwn(item, 'id')) return null;
  const id = (item as { id: unknown }).id;
  return typeof id === 'string' ? id : null;
}

function groupRemovals(remove: readonly { glossaryId: string; entryId: string }[], importedId: string): Map<string, Set<string>> {
  const byGlossary = new Map<string, Set<string>>();
  for (const { glossaryId, entryId } of remove) {
    // The glossary being replaced is written whole from the import; removing from it makes no sense.
    if (glossaryId === importedId) continue;
    const set = byGlossary.get(glossaryId) ?? new Set<string>();
    set.add(entryId);
    byGlossary.set(glossaryId, set);
  }
  return byGlossary;
}

/** "user-" plus the name in kebab case, unique among `takenIds`, within the stored id pattern. */
export function newGlossaryId(name: string, takenIds: Iterable<string>): string {
  const taken = new Set(takenIds);
  const base = idFromTerm(name).replace(/^term-/, 'glossary-').slice(0, 50).replace(/-+$/, '') || 'glossary';
  for (let n = 1; ; n++) {
    const id = `user-${n === 1 ? base : `${base}-${n}`}`;
    if (!taken.has(id)) return id;
  }
}

export interface ApplyPreviewOptions {
  /** Shown in the glossary list; defaults to the file name without its extension. Made unique. */
  name?: string;
  /** Replace this stored glossary instead of adding a new one. */
  replaceId?: string;
  /** What to do about entries that share words with entries the user already has. */
  choice?: ConflictChoice;
  /** The bundled pack, so its clashes count too ("keep mine" leaves the file's entry out). Never changed. */
  bundled?: ExistingGlossary;
  now?: Date;
}

/** A preview with errors is refused before storage is even read: a file is imported whole or not at all. */
export function refuseFailedPreview(preview: ImportPreview): void {
  if (preview.errors.length > 0) {
    throw new Error(`${preview.fileName} has ${preview.errors.length === 1 ? 'an error' : `${preview.errors.length} errors`}, so nothing was imported. Fix ${preview.errors.length === 1 ? 'it' : 'them'} and try again.`);
  }
}

/**
 * The glossary the "Import" button stores, planned against what is stored now (`stored`, not
 * trusted; see plan.ts: the same plan the preview showed), and the entries of other glossaries it
 * displaces. A preview with errors, or an import that would add no entry, throws.
 */
export function glossaryFromPreview(
  stored: unknown,
  preview: ImportPreview,
  options: ApplyPreviewOptions = {},
): { glossary: UserGlossary; remove: ImportPlan['removed']; now: Date } {
  refuseFailedPreview(preview);
  const user = (Array.isArray(stored) ? stored : []).flatMap((item) => {
    const parsed = v.safeParse(UserGlossarySchema, item);
    return parsed.success ? [parsed.output] : [];
  });
  const plan = planImport(preview.entries, {
    user,
    bundled: options.bundled,
    choice: options.choice ?? 'keep-both',
    name: (options.name?.trim() || baseName(preview.fileName)).slice(0, 100),
    replaceId: options.replaceId,
  });
  if (plan.entries.length === 0) {
    throw new Error(`${preview.fileName} has no entry to add: ${preview.entries.length === 0 ? 'it is empty' : 'every one is already in your glossaries'}, so no glossary was added.`);
  }
  const now = options.now ?? new Date();
  const takenIds = (Array.isArray(stored) ? stored : []).map(idOf).filter((id): id is string => id !== null);
  const glossary: UserGlossary = {
    id: options.replaceId ?? newGlossaryId(plan.name, takenIds),
    name: plan.name,
    origin: 'file',
    fileName: preview.fileName.slice(0, 260),
    updatedAt: now.toISOString(),
    enabled: true,
    ...(plan.keepBoth ? { keepBoth: true } : {}),
    entries: plan.entries,
  };
  return { glossary, remove: plan.removed, now };
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim() || 'Imported glossary';
}
