import type { CompiledEntry } from '../../glossary/compile';
import type { Settings } from '../../glossary/settings-schema';
import type { AnswerSink } from './remote-match-source';

/**
 * What one frame works with now: the user's settings, the revision of the glossary in force, and
 * the entries the background's answers named (matches carry an entry's index in that revision).
 * Every unit of the session reads it; only the scan lifecycle changes settings and revision.
 */
export class FrameState implements AnswerSink {
  /** '' until a glossary is published. */
  revision = '';
  #entries = new Map<number, CompiledEntry>();

  constructor(public settings: Settings) {}

  get hasGlossary(): boolean {
    return this.revision !== '';
  }

  /** The glossary in force now; true when it is another than before (what the page shows is stale). */
  setRevision(revision: string | null): boolean {
    const next = revision ?? '';
    if (next === this.revision) return false;
    this.revision = next;
    this.#entries.clear();
    return true;
  }

  /** Keeps an answer's entries; false when the answer is from another glossary than the frame's. */
  remember(revision: string, entries: readonly [number, CompiledEntry][]): boolean {
    if (revision !== this.revision) return false;
    for (const [index, entry] of entries) this.#entries.set(index, entry);
    return true;
  }

  /** The entry a match stands for, as the background knows it. */
  entryOf(match: { entry: number }): CompiledEntry | undefined {
    return this.#entries.get(match.entry);
  }

  /** The index of the (unmuted) entry with this id among those the page shows, or -1. */
  shownEntryIndex(id: string): number {
    for (const [index, entry] of this.#entries) if (entry.id === id && !entry.muted) return index;
    return -1;
  }
}
