import type { CompiledGlossary } from '../../glossary/compile';
import { isCompiledGlossary } from '../../glossary/compiled-shape';
import { publishGlossaryRevision } from './glossary-revision';
import { readStoredKey, watchStoredKey, writeStoredKeys } from './stored-key';

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
 * How the tables are stored: each table as a JSON string of its own. chrome.storage hands a page
 * an object by converting every value in it one by one on the page's main thread (about 100 ms in
 * one task for the bundled tables' ~100,000 numbers and strings), but a string in one piece; the
 * tables are then parsed one at a time (the largest in about 5 ms), each in a task of its own.
 */
interface StoredTables {
  revision: string;
  tables: Record<keyof CompiledGlossary, string>;
}

/**
 * A key read and written straight, not a WXT storage item: defining an item reads its whole value
 * once (to see whether it needs a first value), and this value is several megabytes. The PDF reader
 * paid that read, which it then threw away, beside its own; the background paid it on every start.
 * Web pages never read this key (they watch the revision, glossary-revision.ts).
 */
const COMPILED_GLOSSARY_KEY = 'compiledGlossary';
const readStoredTables = () => readStoredKey('local', COMPILED_GLOSSARY_KEY);
/**
 * The stored tables' revision, also under a key of its own, written in the same write: the
 * background asks for it on every start of its worker, and reading it from the tables' own value
 * read all their megabytes (200–400 ms of the worker's life here) to learn one string.
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

/** The published glossary, or null while there is none (or it is from an older layout). */
export async function readCompiledGlossary(): Promise<StoredCompiledGlossary | null> {
  return decode(await readStoredTables());
}

/** The stored tables' revision, without reading the tables. */
export async function compiledGlossaryRevision(): Promise<string | null> {
  const revision = await readStoredKey('local', COMPILED_REVISION_KEY);
  return typeof revision === 'string' ? revision : null;
}

/** The background's write (it is the only writer). */
export async function writeCompiledGlossary(revision: string, compiled: CompiledGlossary): Promise<void> {
  const tables = Object.fromEntries(Object.entries(compiled).map(([name, table]) => [name, JSON.stringify(table)])) as StoredTables['tables'];
  await writeStoredKeys('local', { [COMPILED_GLOSSARY_KEY]: { revision, tables } satisfies StoredTables, [COMPILED_REVISION_KEY]: revision });
  await publishGlossaryRevision(revision);
}

/** Calls `onChange` with each newly published glossary (decoded; a later one wins over a slower earlier one). */
export function watchCompiledGlossary(onChange: (value: StoredCompiledGlossary | null) => void): () => void {
  let latest = 0;
  const onStored = (value: unknown) => {
    const call = ++latest;
    void decode(value ?? null).then((decoded) => {
      if (call === latest) onChange(decoded);
    });
  };
  // Tables are written with the revision made from their inputs, so the revision tells a new
  // glossary from the same one written again, without comparing megabytes of tables.
  return watchStoredKey('local', COMPILED_GLOSSARY_KEY, onStored, (a, b) => revisionOf(a) === revisionOf(b));
}

function revisionOf(value: unknown): unknown {
  return (value as Partial<StoredTables> | null | undefined)?.revision;
}

export function isStoredCompiledGlossary(value: unknown): value is StoredCompiledGlossary {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<StoredCompiledGlossary>;
  return typeof candidate.revision === 'string' && isCompiledGlossary(candidate.compiled);
}
