import type { GlossaryEntry, PackManifest } from '../schema';

/** A bundled pack: its manifest and its entries, in the order its tables were compiled from. */
export interface BundledPack {
  manifest: PackManifest;
  entries: GlossaryEntry[];
}

/**
 * Where the build puts the checked pack in the extension's package (modules/prebuilt-glossary.ts),
 * for the background and the options page to read. Neither bundles it: Mozilla's linter refuses to
 * read a script over 5 MiB, and the pack alone is more than half of that. The linter will not parse
 * a JSON file of 5 MiB either, so a bigger pack is written in parts: this file holds the manifest,
 * the number of parts and the first entries; `packPartFile(2)`… hold the rest, in order.
 */
export const BUNDLED_PACK_FILE = 'health-pack.json';

/** The most a part may hold: well under the linter's 5 MiB, so a part never nears it as the pack grows. */
export const PACK_PART_BYTES = 4 * 1024 * 1024;

/** The name of part `n` (counting from 1) in the package. */
export function packPartFile(n: number): string {
  return n === 1 ? BUNDLED_PACK_FILE : BUNDLED_PACK_FILE.replace(/\.json$/, `-${n}.json`);
}

/** The files that hold the pack, each at most `maxBytes` of JSON unless one entry alone is more. */
export function packFiles(pack: BundledPack, maxBytes = PACK_PART_BYTES): { name: string; contents: string }[] {
  const head = utf8Length(JSON.stringify({ manifest: pack.manifest, parts: 999, entries: [] }));
  const groups: GlossaryEntry[][] = [[]];
  let size = head;
  for (const entry of pack.entries) {
    // Each entry costs its JSON and a comma.
    const cost = utf8Length(JSON.stringify(entry)) + 1;
    if (size + cost > maxBytes && groups.at(-1)!.length > 0) {
      groups.push([]);
      size = utf8Length(JSON.stringify({ entries: [] }));
    }
    groups.at(-1)!.push(entry);
    size += cost;
  }
  return groups.map((entries, i) => ({
    name: packPartFile(i + 1),
    contents: JSON.stringify(i === 0 ? { manifest: pack.manifest, parts: groups.length, entries } : { entries }),
  }));
}

/** Bytes of `text` in UTF-8, as the file holds it (a surrogate pair is 4, two units of 2). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/**
 * The first pack file read back, with the shape the background relies on checked, and how many
 * parts the pack has. The build wrote it from a pack it had validated, so a failure here means a
 * damaged package, and says so.
 */
export function parseBundledPack(raw: unknown): BundledPack & { parts: number } {
  const pack = raw as (Partial<BundledPack> & { parts?: unknown }) | null;
  const manifest = pack?.manifest as Partial<PackManifest> | undefined;
  if (typeof manifest?.id !== 'string' || typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    throw new Error(`${BUNDLED_PACK_FILE}: the pack's manifest (id, name, version) is missing or damaged`);
  }
  const parts = pack?.parts ?? 1;
  if (typeof parts !== 'number' || !Number.isInteger(parts) || parts < 1) {
    throw new Error(`${BUNDLED_PACK_FILE}: the pack's number of parts is damaged`);
  }
  return { manifest: manifest as PackManifest, entries: entriesOf(pack, BUNDLED_PACK_FILE), parts };
}

/** A later part's entries, checked as the first file's are. */
export function parsePackPart(raw: unknown, name: string): GlossaryEntry[] {
  return entriesOf(raw as Partial<BundledPack> | null, name);
}

function entriesOf(pack: Partial<BundledPack> | null, name: string): GlossaryEntry[] {
  if (!Array.isArray(pack?.entries) || pack.entries.some((entry: unknown) => typeof (entry as GlossaryEntry | null)?.id !== 'string')) {
    throw new Error(`${name}: the pack's entry list is missing or damaged`);
  }
  return pack.entries;
}
