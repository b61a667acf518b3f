declare module 'virtual:termlight/health-compiled' {
  import type { CompiledGlossary } from '../compile';
  /** The bundled pack compiled at build time (no muted terms, no disabled packs). */
  export const compiled: CompiledGlossary;
  /** Generated forms the build dropped as other English words ("form\u0000head"). */
  export const droppedForms: string[];
  /** Differs for every build: stored compiled tables from another build are never reused. */
  export const buildId: string;
}

declare module 'virtual:termlight/health-search' {
  import type { SearchDocument } from '../search';
  /** The bundled pack's search documents, in the order of searchIndex. */
  export const searchDocs: SearchDocument[];
  /** Fuse.createIndex(...).toJSON() of the bundled pack's search documents. */
  export const searchIndex: { keys: never[]; records: never[] };
}
