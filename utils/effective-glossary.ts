import { compile, type CompileInput, type CompiledGlossary } from '../glossary/compile';
import type { GlossaryEntry } from '../glossary/schema';
import type { Settings } from './settings-schema';
import type { EntryReply } from './messaging';

export interface GlossarySource {
  packId: string;
  version: string;
  entries: readonly GlossaryEntry[];
}

/** A cheap fingerprint of everything that changes the compiled glossary. */
export function glossaryRevision(sources: readonly GlossarySource[], settings: Pick<Settings, 'mutedIds' | 'disabledPacks'>): string {
  const parts = sources.map((source) => `${source.packId}@${source.version}:${source.entries.length}`);
  return JSON.stringify([parts, [...settings.mutedIds].sort(), [...settings.disabledPacks].sort()]);
}

export function compileEffective(
  sources: readonly GlossarySource[],
  settings: Pick<Settings, 'mutedIds' | 'disabledPacks'>,
  /** Generated forms the build found to be other English words ("form\u0000head"): dropped here too. */
  droppedForms: ReadonlySet<string> = new Set(),
): CompiledGlossary {
  const inputs: CompileInput[] = sources.map((source) => ({ packId: source.packId, entries: source.entries }));
  return compile(inputs, {
    mutedIds: settings.mutedIds,
    disabledPackIds: settings.disabledPacks,
    dropDerivedForm: (form, head) => droppedForms.has(`${form}\u0000${head}`),
  });
}

/** Full entries by pack and id, for cards: the content script only ever holds compiled data. */
export class EntryLookup {
  #byKey = new Map<string, GlossaryEntry>();

  constructor(sources: readonly GlossarySource[]) {
    for (const source of sources) {
      for (const entry of source.entries) this.#byKey.set(`${source.packId}\u0000${entry.id}`, entry);
    }
  }

  get(packId: string, id: string): GlossaryEntry | undefined {
    return this.#byKey.get(`${packId}\u0000${id}`);
  }

  reply(packId: string, id: string): EntryReply | null {
    const entry = this.get(packId, id);
    if (!entry) return null;
    const related = entry.related.flatMap((relatedId) => {
      const found = this.get(packId, relatedId);
      return found ? [{ id: found.id, packId, term: found.term }] : [];
    });
    return { entry, related };
  }
}
