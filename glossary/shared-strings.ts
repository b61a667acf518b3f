import type { CompiledGlossary } from './compile';

/**
 * Gives every value that repeats in the tables one string: entries' pack ids and levels, and the
 * levels of aliases. JSON.parse makes a string of its own for each value it reads, so tables parsed
 * from their JSON held 9,205 copies of "health-basics" and some 13,000 of the three level names:
 * about half a megabyte of the background's heap, and of the PDF reader's, spent on four words.
 * The tables are changed in place; nothing else differs.
 */
export function shareRepeatedStrings(compiled: CompiledGlossary): void {
  const kept = new Map<string, string>();
  const one = <T extends string>(value: T): T => {
    const found = kept.get(value);
    if (found !== undefined) return found as T;
    kept.set(value, value);
    return value;
  };
  for (const entry of compiled.entries) {
    entry.packId = one(entry.packId);
    entry.level = one(entry.level);
  }
  const { aliasLevels } = compiled;
  for (const key of Object.keys(aliasLevels)) aliasLevels[key] = one(aliasLevels[key]!);
}
