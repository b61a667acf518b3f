import { storage } from 'wxt/utils/storage';
import type { CompiledGlossary } from '../glossary/compile';

/**
 * The effective compiled glossary (bundled packs + user glossaries, minus muted terms and
 * disabled packs), written by the background whenever its inputs change. Content scripts read
 * this one item at start-up instead of compiling anything themselves.
 */
export interface StoredCompiledGlossary {
  revision: string;
  compiled: CompiledGlossary;
}

export const compiledGlossaryItem = storage.defineItem<StoredCompiledGlossary | null>('local:compiledGlossary', {
  fallback: null,
  version: 1,
});

export function isStoredCompiledGlossary(value: unknown): value is StoredCompiledGlossary {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<StoredCompiledGlossary>;
  return typeof candidate.revision === 'string' && candidate.compiled?.format === 1 && Array.isArray(candidate.compiled.entries);
}
