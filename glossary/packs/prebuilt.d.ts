declare module 'virtual:termlight/health-compiled' {
  import type { CompiledGlossary } from '../compile';
  /**
   * The bundled pack compiled at build time (no muted terms, no disabled packs), with an empty
   * entry list: the background rebuilds it from the pack's entries (`withEntries`).
   */
  export const compiled: CompiledGlossary;
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
