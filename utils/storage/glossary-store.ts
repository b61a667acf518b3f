import { storage } from 'wxt/utils/storage';
import { TABLES_FORMAT, type CompiledGlossary } from '../../glossary/compile';
import { publishGlossaryRevision } from './glossary-revision';

/**
 * The effective compiled glossary (bundled packs + user glossaries, with muted terms marked and
 * disabled packs left out), written by the background whenever its inputs change. Content scripts read
 * this one item at start-up instead of compiling anything themselves.
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
/**
 * Pages never read this item: WXT checks a versioned item's stored version as soon as the item is
 * defined, which reads the whole value, so a module that defines it must stay out of the content
 * script (the revision lives in glossary-revision.ts for that reason).
 */
interface StoredTables {
  revision: string;
  tables: Record<keyof CompiledGlossary, string>;
}

const compiledGlossaryItem = storage.defineItem<StoredTables | null>('local:compiledGlossary', {
  fallback: null,
  version: 1,
});

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
  return decode(await compiledGlossaryItem.getValue());
}

/** The published glossary's revision, without parsing its tables. */
export async function compiledGlossaryRevision(): Promise<string | null> {
  const stored = await compiledGlossaryItem.getValue();
  return stored && typeof stored.revision === 'string' && stored.tables ? stored.revision : null;
}

/** The background's write (it is the only writer). */
export async function writeCompiledGlossary(revision: string, compiled: CompiledGlossary): Promise<void> {
  const tables = Object.fromEntries(Object.entries(compiled).map(([name, table]) => [name, JSON.stringify(table)])) as StoredTables['tables'];
  await compiledGlossaryItem.setValue({ revision, tables });
  await publishGlossaryRevision(revision);
}

/** Calls `onChange` with each newly published glossary (decoded; a later one wins over a slower earlier one). */
export function watchCompiledGlossary(onChange: (value: StoredCompiledGlossary | null) => void): () => void {
  let latest = 0;
  return compiledGlossaryItem.watch((value) => {
    const call = ++latest;
    void decode(value).then((decoded) => {
      if (call === latest) onChange(decoded);
    });
  });
}

export function isStoredCompiledGlossary(value: unknown): value is StoredCompiledGlossary {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<StoredCompiledGlossary>;
  return typeof candidate.revision === 'string' && candidate.compiled?.format === TABLES_FORMAT && Array.isArray(candidate.compiled.entries) && typeof candidate.compiled.aliasLevels === 'object' && Array.isArray(candidate.compiled.firstWords?.hashes) && Array.isArray(candidate.compiled.firstWords.pairs);
}
