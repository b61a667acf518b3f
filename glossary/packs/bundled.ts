import { compiledEntry, type CompiledGlossary } from '../compile';
import type { BundledPack } from './pack-file';

/**
 * The build-time tables of the bundled pack with their entry list rebuilt from the pack's entries
 * (the build leaves it out of the background's script, which reads the pack file instead; a unit test
 * checks the rebuilt list against the build's own, entry for entry).
 */
export function withEntries(tables: CompiledGlossary, pack: BundledPack): CompiledGlossary {
  return { ...tables, entries: pack.entries.map((entry) => compiledEntry(entry, pack.manifest.id)) };
}
