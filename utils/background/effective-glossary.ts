import { compile, type CompileInput, type CompiledGlossary } from '../../glossary/compile';
import type { GlossaryEntry } from '../../glossary/schema';
import type { Settings } from '../../glossary/settings-schema';
import { foldTerm } from '../../glossary/normalize';
import type { EntryReply } from '../messages/messaging';
import type { EntryOrigin } from '../messages/entry-origin';
import type { UserGlossary } from '../../glossary/user-glossary-schema';

export interface GlossarySource {
  packId: string;
  version: string;
  entries: readonly GlossaryEntry[];
  /** Shown on cards; defaults to the pack id. */
  name?: string;
  /** One of the user's glossaries: its words win over the bundled pack's (see compile.ts). */
  user?: boolean;
  /** The user kept both when this glossary's entries clashed: cards show the other entry too. */
  keepBoth?: boolean;
}

/** A user glossary as a compile and lookup source. */
export function userSource(glossary: UserGlossary): GlossarySource {
  return { packId: glossary.id, version: glossary.updatedAt, entries: glossary.entries, name: glossary.name, user: true, keepBoth: glossary.keepBoth === true };
}

/** User glossaries first: in compile, earlier input wins, so their words beat the bundled pack's. */
function compileOrder<T extends Pick<GlossarySource, 'user'>>(sources: readonly T[]): T[] {
  return [...sources.filter((source) => source.user), ...sources.filter((source) => !source.user)];
}

/** What a revision reads of a source: the bundled pack's tables give it before its entries are read. */
export type RevisionSource = Pick<GlossarySource, 'packId' | 'version' | 'user' | 'keepBoth'> & { entries: { length: number } };

/** A cheap fingerprint of everything that changes the compiled glossary. */
export function glossaryRevision(sources: readonly RevisionSource[], settings: Pick<Settings, 'mutedIds' | 'disabledPacks'>): string {
  const parts = sources.map((source) => `${source.packId}@${source.version}:${source.entries.length}`);
  const flags = sources.map((source) => `${source.user ? 'u' : ''}${source.keepBoth ? 'b' : ''}`);
  return JSON.stringify([parts, flags, [...settings.mutedIds].sort(), [...settings.disabledPacks].sort()]);
}

export function compileEffective(
  sources: readonly GlossarySource[],
  settings: Pick<Settings, 'mutedIds' | 'disabledPacks'>,
  /** Generated forms the build found to be other English words ("form\u0000head"): dropped here too. */
  droppedForms: ReadonlySet<string> = new Set(),
  /** The build's check for words of emphasis (CompileOptions.isEmphasisWord), from the word list it ships. */
  isEmphasisWord?: (word: string) => boolean,
): CompiledGlossary {
  const inputs: CompileInput[] = compileOrder(sources).map((source) => ({ packId: source.packId, entries: source.entries, overrides: source.user === true }));
  return compile(inputs, {
    mutedIds: settings.mutedIds,
    disabledPackIds: settings.disabledPacks,
    dropDerivedForm: (form, head) => droppedForms.has(`${form}\u0000${head}`),
    isEmphasisWord,
  });
}

/** Full entries by pack and id, for cards: the content script only ever holds compiled data. */
export class EntryLookup {
  #byKey = new Map<string, GlossaryEntry>();
  #sources: readonly GlossarySource[];
  /** Folded word → the (source, entry) pairs that list it as term or alias, built when first needed. */
  #byWord: Map<string, { source: GlossarySource; entry: GlossaryEntry }[]> | null = null;
  #muted: Set<string>;

  /** `settings`: what is muted or switched off never appears as another meaning on a card. */
  constructor(sources: readonly GlossarySource[], settings: Pick<Settings, 'mutedIds' | 'disabledPacks'> = { mutedIds: [], disabledPacks: [] }) {
    this.#sources = compileOrder(sources.filter((source) => !settings.disabledPacks.includes(source.packId)));
    this.#muted = new Set(settings.mutedIds);
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
    const source = this.#sources.find((item) => item.packId === packId);
    if (!source) return { entry, related };
    return { entry, related, origin: this.#origin(source, entry) };
  }

  #origin(source: GlossarySource, entry: GlossaryEntry): EntryOrigin {
    const origin: EntryOrigin = { packId: source.packId, glossaryName: source.name ?? source.packId, mine: source.user === true, alsoMeans: [] };
    if (!this.#sources.some((item) => item.keepBoth)) return origin;
    const muted = this.#muted;
    const seen = new Set<GlossaryEntry>([entry]);
    for (const word of words(entry)) {
      for (const other of this.#words().get(word) ?? []) {
        // Shown when the user kept both: on this glossary's cards, or on a card whose word such a glossary shares.
        if (other.source === source || seen.has(other.entry) || !(source.keepBoth || other.source.keepBoth)) continue;
        if (muted.has(other.entry.id) || muted.has(`${other.source.packId}:${other.entry.id}`)) continue;
        seen.add(other.entry);
        origin.alsoMeans.push({ packId: other.source.packId, glossaryName: other.source.name ?? other.source.packId, mine: other.source.user === true, entry: other.entry });
      }
    }
    origin.alsoMeans.splice(3);
    return origin;
  }

  #words() {
    if (this.#byWord) return this.#byWord;
    const byWord = new Map<string, { source: GlossarySource; entry: GlossaryEntry }[]>();
    for (const source of this.#sources) {
      for (const entry of source.entries) {
        for (const word of words(entry)) {
          const list = byWord.get(word);
          if (list) list.push({ source, entry });
          else byWord.set(word, [{ source, entry }]);
        }
      }
    }
    this.#byWord = byWord;
    return byWord;
  }
}

function words(entry: GlossaryEntry): string[] {
  return [...new Set([entry.term, ...entry.aliases].map(foldTerm))];
}
