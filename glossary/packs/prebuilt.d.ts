declare module 'virtual:termlight/health-prebuilt' {
  import type { CompiledGlossary } from '../compile';
  /** The bundled pack compiled at build time (no muted terms, no disabled packs). */
  export const compiled: CompiledGlossary;
  /** Fuse.createIndex(...).toJSON() of the bundled pack's search documents. */
  export const searchIndex: { keys: never[]; records: never[] };
}
