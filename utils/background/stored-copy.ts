import type { CompiledGlossary } from '../../glossary/compile';

/** Where the copy lives: its revision, and a write of new tables. */
export interface CompiledGlossaryStore {
  revision(): Promise<string | null>;
  write(revision: string, compiled: CompiledGlossary): Promise<void>;
}

/**
 * Keeps the stored copy of the published tables (which the PDF reader reads) in step with the
 * background's, off the path of every page's matching: pages wait only for the tables to be in
 * the background's matcher, never for a write of several MB.
 * Writes run one at a time, in order, and a write that a newer publish has already made stale
 * is skipped, so the copy always ends on the latest tables.
 */
export class StoredCopyWriter {
  #queue: Promise<void> = Promise.resolve();
  #latest: string | null = null;

  constructor(
    private readonly store: CompiledGlossaryStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Queues the write of `compiled`; resolves once it is stored, skipped or failed (the error is reported). */
  keep(revision: string, compiled: CompiledGlossary): Promise<void> {
    this.#latest = revision;
    this.#queue = this.#queue
      .then(async () => {
        if (revision !== this.#latest) return;
        if ((await this.store.revision()) !== revision) await this.store.write(revision, compiled);
      })
      .catch(this.onError);
    return this.#queue;
  }
}
