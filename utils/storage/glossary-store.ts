import type { CompiledGlossary } from '../../glossary/compile';
import { isCompiledGlossary } from '../../glossary/compiled-shape';
import { publishGlossaryRevision } from './glossary-revision';
import { readStoredKey, removeStoredKey, watchStoredKey, writeStoredKeys } from './stored-key';
import { readLargeValue, writeLargeValue } from './tables-database';

/**
 * The effective compiled glossary (bundled packs + user glossaries, with muted terms marked and
 * disabled packs left out), written by the background whenever its inputs change. The PDF reader
 * reads it instead of compiling anything itself, and the background reads it back after a restart.
 */
export interface StoredCompiledGlossary {
  revision: string;
  compiled: CompiledGlossary;
}

/**
 * How the tables are stored: each table as a JSON string of its own. A page is handed a string in
 * one piece, where an object is converted value by value on its main thread (about 100 ms in one
 * task for the bundled tables' ~100,000 numbers and strings); the tables are then parsed one at a
 * time (the largest in about 5 ms), each in a task of its own.
 */
export interface StoredTables {
  revision: string;
  tables: Record<keyof CompiledGlossary, string>;
}

/**
 * Where else the tables of a revision may be had when neither the database nor `storage.local`
 * holds them: a Firefox private window's extension pages get a database of their own, empty,
 * and so does every page where the background's could not be written. The reader asks the
 * background (`compiledTables`); whatever comes back is checked like stored tables.
 */
export type AskForTables = (revision: string) => Promise<unknown>;

/** The tables as stored: one JSON string per table. */
export function encodeTables(revision: string, compiled: CompiledGlossary): StoredTables {
  return { revision, tables: Object.fromEntries(Object.entries(compiled).map(([name, table]) => [name, JSON.stringify(table)])) as StoredTables['tables'] };
}

/**
 * The tables live in the extension's IndexedDB (tables-database.ts), which web pages never hear
 * of; `storage.local` holds them only where that database cannot be written, and held them
 * always in earlier builds. That key is read straight, never through a WXT storage item: defining an
 * item reads its whole value once, and this value is several megabytes.
 */
const TABLES_KEY = 'compiledGlossary';
/**
 * The stored tables' revision, in `storage.local` under a key of its own and written after the
 * tables: the background asks for it on every start of its worker, and the reader watches it to
 * learn of new tables without their megabytes being sent to every listener.
 */
const COMPILED_REVISION_KEY = 'compiledGlossaryRevision';

/** Gives the main thread back between two tables (no `window` in the background's worker). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function decode(value: unknown): Promise<StoredCompiledGlossary | null> {
  const stored = value as Partial<StoredTables> | null;
  if (!stored || typeof stored.revision !== 'string' || !stored.tables || typeof stored.tables !== 'object') return null;
  const compiled: Record<string, unknown> = {};
  try {
    for (const [name, json] of Object.entries(stored.tables)) {
      compiled[name] = JSON.parse(json);
      await nextTask();
    }
  } catch {
    return null;
  }
  const decoded = { revision: stored.revision, compiled: compiled as unknown as CompiledGlossary };
  return isStoredCompiledGlossary(decoded) ? decoded : null;
}

/** The stored tables of this revision, from the database, else `storage.local`, else `ask`; null if none has them. */
async function readTables(revision: string, ask?: AskForTables): Promise<unknown> {
  const inDatabase = await readLargeValue(TABLES_KEY).catch(() => null);
  if (revisionOf(inDatabase) === revision) return inDatabase;
  const inStorage = await readStoredKey('local', TABLES_KEY);
  if (revisionOf(inStorage) === revision) return inStorage;
  const answer = ask ? await ask(revision).catch(() => null) : null;
  return revisionOf(answer) === revision ? answer : null;
}

/** The published glossary, or null while there is none (or it is from an older layout). */
export async function readCompiledGlossary(ask?: AskForTables): Promise<StoredCompiledGlossary | null> {
  const revision = await compiledGlossaryRevision();
  return revision === null ? null : decode(await readTables(revision, ask));
}

/** The stored tables' revision, without reading the tables. */
export async function compiledGlossaryRevision(): Promise<string | null> {
  const revision = await readStoredKey('local', COMPILED_REVISION_KEY);
  return typeof revision === 'string' ? revision : null;
}

/**
 * The background's write (it is the only writer): the tables, then their revision, so a reader
 * that learns of a revision finds its tables. Where the database cannot be written (a browser
 * with IndexedDB turned off), `storage.local` holds them, slower but still there for the reader.
 */
export async function writeCompiledGlossary(revision: string, compiled: CompiledGlossary): Promise<void> {
  const stored = encodeTables(revision, compiled);
  try {
    await writeLargeValue(TABLES_KEY, stored);
  } catch (error) {
    console.warn('Termlight could not write the glossary to its database, and keeps it in extension storage instead:', error);
    await writeStoredKeys('local', { [TABLES_KEY]: stored });
  }
  await writeStoredKeys('local', { [COMPILED_REVISION_KEY]: revision });
  await publishGlossaryRevision(revision);
}

/**
 * Removes the tables an earlier build kept in `storage.local` (once, when the extension is
 * updated): removing them announces their megabytes to every tab once more, and a removal on
 * every write would announce at least the key each time.
 */
export async function removeTablesOfEarlierBuilds(): Promise<void> {
  await removeStoredKey('local', TABLES_KEY);
}

/** Calls `onChange` with each newly published glossary (decoded; a later one wins over a slower earlier one). */
export function watchCompiledGlossary(onChange: (value: StoredCompiledGlossary | null) => void, ask?: AskForTables): () => void {
  let latest = 0;
  const onRevision = (revision: unknown) => {
    const call = ++latest;
    const read = typeof revision === 'string' ? readTables(revision, ask).then(decode) : Promise.resolve(null);
    void read.then((decoded) => {
      if (call === latest) onChange(decoded);
    });
  };
  // Tables are written with the revision made from their inputs, so a new revision is a new
  // glossary, and the same one written again is no change.
  return watchStoredKey('local', COMPILED_REVISION_KEY, onRevision);
}

function revisionOf(value: unknown): unknown {
  return (value as Partial<StoredTables> | null | undefined)?.revision;
}

export function isStoredCompiledGlossary(value: unknown): value is StoredCompiledGlossary {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<StoredCompiledGlossary>;
  return typeof candidate.revision === 'string' && isCompiledGlossary(candidate.compiled);
}
