import * as v from 'valibot';
import { EntryListSchema, PackManifestSchema, type GlossaryEntry, type PackManifest } from '../schema';

export interface BundledPack {
  manifest: PackManifest;
  entries: GlossaryEntry[];
}

const files = import.meta.glob<{ default: unknown }>('./health/*.json', { eager: true });

/** The bundled "Health basics" pack, validated once when first asked for. */
export function loadHealthPack(): BundledPack {
  let manifest: PackManifest | null = null;
  const entries: GlossaryEntry[] = [];
  for (const [path, module] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.endsWith('/pack.json')) manifest = v.parse(PackManifestSchema, module.default);
    else entries.push(...v.parse(EntryListSchema, module.default));
  }
  if (!manifest) throw new Error('glossary/packs/health/pack.json is missing');
  return { manifest, entries };
}
