import { TABLES_FORMAT, type CompiledGlossary } from './compile';

/**
 * Whether a value read back from storage or the package has the shape of this build's tables: the
 * format number and the tables a matcher reads first. Tables of another format are never used.
 */
export function isCompiledGlossary(value: unknown): value is CompiledGlossary {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<CompiledGlossary>;
  return (
    candidate.format === TABLES_FORMAT &&
    Array.isArray(candidate.entries) &&
    typeof candidate.aliasLevels === 'object' &&
    candidate.aliasLevels !== null &&
    Array.isArray(candidate.firstWords?.hashes) &&
    Array.isArray(candidate.firstWords.pairs)
  );
}
