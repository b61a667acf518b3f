declare module 'virtual:termlight/health-compiled' {
  /**
   * How many entries the bundled pack has: a revision counts them before the background has read
   * the pack's entries.
   */
  export const entryCount: number;
  /** The scripts in the package that hold the pack's compiled tables (tables-file.ts), in order. */
  export const tablesScripts: string[];
  /** The bundled pack's manifest, as in the pack file. */
  export const packManifest: import('../schema').PackManifest;
  /** Generated forms the build dropped as other English words ("form\u0000head"). */
  export const droppedForms: string[];
  /** Differs for every build: stored compiled tables from another build are never reused. */
  export const buildId: string;
}

declare module 'virtual:termlight/health-search' {
  import type { SearchDocument } from '../search';
  /** Loads every part of the bundled pack's search documents (each a chunk of its own), with every key the popup's search needs. */
  export function loadSearchParts(): Promise<{ searchDocs: SearchDocument[] }[]>;
}
