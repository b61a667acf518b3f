declare module 'virtual:termlight/health-prebuilt' {
  import type { CompiledGlossary } from '../compile';
  import type { SearchDocument } from '../search';
  /** The bundled pack compiled at build time (no muted terms, no disabled packs). */
  export const compiled: CompiledGlossary;
  /** The bundled pack's search documents, in the order of searchIndex. */
  export const searchDocs: SearchDocument[];
  /** Fuse.createIndex(...).toJSON() of the bundled pack's search documents. */
  export const searchIndex: { keys: never[]; records: never[] };
}
