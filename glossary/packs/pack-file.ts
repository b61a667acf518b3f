import type { GlossaryEntry, PackManifest } from '../schema';

/** A bundled pack: its manifest and its entries, in the order its tables were compiled from. */
export interface BundledPack {
  manifest: PackManifest;
  entries: GlossaryEntry[];
}

/**
 * Where the build puts the checked pack in the extension's package (modules/prebuilt-glossary.ts),
 * for the background and the options page to read. Neither bundles it: Mozilla's linter refuses to
 * read a script over 5 MiB, and the pack alone is more than half of that.
 */
export const BUNDLED_PACK_FILE = 'health-pack.json';

/**
 * The pack file read back, with the shape the background relies on checked. The build wrote it
 * from a pack it had validated, so a failure here means a damaged package, and says so.
 */
export function parseBundledPack(raw: unknown): BundledPack {
  const pack = raw as Partial<BundledPack> | null;
  const manifest = pack?.manifest as Partial<PackManifest> | undefined;
  if (typeof manifest?.id !== 'string' || typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    throw new Error(`${BUNDLED_PACK_FILE}: the pack's manifest (id, name, version) is missing or damaged`);
  }
  if (!Array.isArray(pack?.entries) || pack.entries.some((entry: unknown) => typeof (entry as GlossaryEntry | null)?.id !== 'string')) {
    throw new Error(`${BUNDLED_PACK_FILE}: the pack's entry list is missing or damaged`);
  }
  return { manifest: manifest as PackManifest, entries: pack.entries };
}
