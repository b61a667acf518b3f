import { compile, type CompiledGlossary } from '../compile';
import { checkPack, formatProblem } from '../pack-checks';
import { buildSearchIndex, toSearchDocuments, type SearchDocument } from '../search';
import { readPackDir } from './read-pack-dir';

export interface PrebuiltPack {
  compiled: CompiledGlossary;
  searchDocs: SearchDocument[];
  searchIndex: unknown;
}

/** Build-time work for a bundled pack: validate, compile the matcher tables, index for search. */
export function prebuildHealthPack(dir: string): PrebuiltPack {
  const { manifest, files } = readPackDir(dir);
  const { entries, problems } = checkPack(manifest, files);
  if (problems.length > 0) throw new Error(`The bundled pack has problems:\n${problems.map(formatProblem).join('\n')}`);
  const packId = (manifest as { id: string }).id;
  const list = entries.map(({ entry }) => entry);
  const searchDocs = toSearchDocuments(packId, list);
  return {
    compiled: compile([{ packId, entries: list }]),
    searchDocs,
    searchIndex: buildSearchIndex(searchDocs).toJSON(),
  };
}
