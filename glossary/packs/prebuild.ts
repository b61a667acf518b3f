import { compile, type CompiledGlossary, type CompileOptions } from '../compile';
import { checkPack, formatProblem } from '../pack-checks';
import type { GlossaryEntry, PackManifest } from '../schema';
import type { BundledPack } from './pack-file';
import { toSearchDocuments, type SearchDocument } from '../search';
import { readPackDir } from './read-pack-dir';

export interface PrebuiltPack {
  compiled: CompiledGlossary;
  /** Generated forms the build dropped as other English words, as "form\u0000head", for runtime recompiles. */
  droppedForms: string[];
  searchDocs: SearchDocument[];
  /** The checked pack, its entries in the order the tables were compiled from. */
  pack: BundledPack;
}

/** A bundled pack read from disk and checked; any problem throws with the full list. */
export function loadValidPack(dir: string): { packId: string; manifest: PackManifest; entries: GlossaryEntry[] } {
  const { manifest, files } = readPackDir(dir);
  const { entries, problems } = checkPack(manifest, files);
  if (problems.length > 0) throw new Error(`The bundled pack has problems:\n${problems.map(formatProblem).join('\n')}`);
  const valid = manifest as PackManifest;
  return { packId: valid.id, manifest: valid, entries: entries.map(({ entry }) => entry) };
}

/** Build-time work for a bundled pack: validate, compile the matcher tables, index for search. */
export function prebuildHealthPack(dir: string, options: CompileOptions = {}): PrebuiltPack {
  const { packId, manifest, entries: list } = loadValidPack(dir);
  const searchDocs = toSearchDocuments(packId, list);
  const dropped = new Set<string>();
  const filter = options.dropDerivedForm;
  const recording = filter
    ? { ...options, dropDerivedForm: (form: string, head: string) => (filter(form, head) ? (dropped.add(`${form}\u0000${head}`), true) : false) }
    : options;
  const compiled = compile([{ packId, entries: list }], recording);
  return {
    compiled,
    droppedForms: [...dropped].sort(),
    searchDocs,
    pack: { manifest, entries: list },
  };
}
