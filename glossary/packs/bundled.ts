import { compiledEntry, type CompiledGlossary } from '../compile';
import type { GlossaryEntry, PackManifest } from '../schema';
import type { BundledPack } from './pack-file';

const files = import.meta.glob<{ default: unknown }>('./health/*.json', { eager: true });

/**
 * The bundled "Health basics" pack. It is validated at build time (modules/prebuilt-glossary.ts
 * fails the build on any problem), so start-up does not pay to validate it again.
 */
export function loadHealthPack(): BundledPack {
  let manifest: PackManifest | null = null;
  const entries: GlossaryEntry[] = [];
  for (const [path, module] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.endsWith('/pack.json')) manifest = module.default as PackManifest;
    else entries.push(...(module.default as GlossaryEntry[]));
  }
  if (!manifest) throw new Error('glossary/packs/health/pack.json is missing');
  return { manifest, entries };
}

/**
 * The build-time tables of the bundled pack with their entry list rebuilt from the pack's entries
 * (the build leaves it out of the background's script; same entries, same order: a unit test
 * checks it against the build's own list).
 */
export function withEntries(tables: CompiledGlossary, pack: BundledPack): CompiledGlossary {
  return { ...tables, entries: pack.entries.map((entry) => compiledEntry(entry, pack.manifest.id)) };
}
