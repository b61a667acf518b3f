declare module 'virtual:termlight/health-compiled' {
  import type { CompiledGlossary } from '../compile';
  /**
   * The bundled pack compiled at build time (no muted terms, no disabled packs), its entry list
   * included: the background matches with these tables alone, before it has read the pack's
   * entries (which cards need) from the package.
   */
  export const compiled: CompiledGlossary;
  /** The bundled pack's manifest, as in the pack file. */
  export const packManifest: import('../schema').PackManifest;
  /** Generated forms the build dropped as other English words ("form\u0000head"). */
  export const droppedForms: string[];
  /** Differs for every build: stored compiled tables from another build are never reused. */
  export const buildId: string;
}

declare module 'virtual:termlight/health-search' {
  import type { SearchDocument } from '../search';
  /** The bundled pack's search documents: every key the popup's search needs. */
  export const searchDocs: SearchDocument[];
}
