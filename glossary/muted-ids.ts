/**
 * Muted terms are kept per glossary: "health-basics:kidney" mutes the bundled kidney entry and
 * nothing else, so two glossaries that happen to use the same id never mute each other.
 *
 * A key without a pack ("kidney") is the old shape, from before mutes were per glossary: it still
 * mutes that id in every glossary, and the one-time migration below rewrites it.
 */
import { foldTerm } from './normalize';
import type { GlossaryEntry } from './schema';

const SEPARATOR = ':';

export function mutedKey(packId: string, id: string): string {
  return `${packId}${SEPARATOR}${id}`;
}

/** The pack and id a key names; `packId` is null for an old-style key (every pack). */
export function parseMutedKey(key: string): { packId: string | null; id: string } {
  const at = key.lastIndexOf(SEPARATOR);
  return at < 0 ? { packId: null, id: key } : { packId: key.slice(0, at), id: key.slice(at + 1) };
}

/** Whether this entry of this pack is muted, by its own key or by an old-style key. */
export function isMuted(mutedIds: ReadonlySet<string> | readonly string[], packId: string, id: string): boolean {
  const set = mutedIds instanceof Set ? mutedIds : new Set(mutedIds as readonly string[]);
  return set.has(mutedKey(packId, id)) || set.has(id);
}

/** The muted list with this entry added (once). */
export function withMuted(mutedIds: readonly string[], packId: string, id: string): string[] {
  const key = mutedKey(packId, id);
  return mutedIds.includes(key) ? [...mutedIds] : [...mutedIds, key];
}

/** The muted list with this entry unmuted, whichever shape muted it. */
export function withoutMuted(mutedIds: readonly string[], packId: string, id: string): string[] {
  const key = mutedKey(packId, id);
  return mutedIds.filter((item) => item !== key && item !== id);
}

/**
 * The muted list without this one key, exactly as stored (the options page's Muted terms list):
 * unmuting "health-basics:kidney" leaves an old-style "kidney" key, which is its own row there.
 */
export function withoutMutedKey(mutedIds: readonly string[], key: string): string[] {
  return mutedIds.filter((item) => item !== key);
}

/**
 * The muted list after a card's "Don't highlight this term" (or its Undo). `packId` is null when
 * the card does not know the entry's glossary: the bare id is used then, as before mutes were per
 * glossary.
 */
export function withMuteSet(mutedIds: readonly string[], packId: string | null, id: string, muted: boolean): string[] {
  if (packId !== null) return muted ? withMuted(mutedIds, packId, id) : withoutMuted(mutedIds, packId, id);
  if (!muted) return mutedIds.filter((item) => item !== id);
  return mutedIds.includes(id) ? [...mutedIds] : [...mutedIds, id];
}

export interface MuteSource {
  packId: string;
  entries: readonly GlossaryEntry[];
  /** User glossaries only: whether it is switched on. */
  enabled?: boolean;
}

const words = (entry: GlossaryEntry) => [entry.term, ...entry.aliases].map(foldTerm);

/**
 * Old-style mutes → per-glossary keys, once. Before this, importing with "keep the file's entries"
 * muted every bundled entry whose words an imported entry claimed, and the imported entries that
 * shared those ids went quiet with them. Those mutes are recognisable: a bundled id whose words an
 * enabled user glossary entry claims. They are dropped (the user entry now simply wins for those
 * words). Every other old key was the user's own "Don't highlight this term": it stays, rewritten
 * for each glossary that has an entry with that id (the bundled pack when none does).
 */
export function migrateMutedIds(mutedIds: readonly string[], bundled: MuteSource, user: readonly MuteSource[]): string[] {
  const claimed = new Set(user.filter((glossary) => glossary.enabled !== false).flatMap((glossary) => glossary.entries.flatMap(words)));
  const bundledById = new Map(bundled.entries.map((entry) => [entry.id, entry]));
  const out: string[] = [];
  const add = (key: string) => {
    if (!out.includes(key)) out.push(key);
  };
  for (const key of mutedIds) {
    if (parseMutedKey(key).packId !== null) {
      add(key);
      continue;
    }
    const bundledEntry = bundledById.get(key);
    if (bundledEntry && words(bundledEntry).some((word) => claimed.has(word))) continue;
    const owners = [bundled, ...user].filter((source) => source.entries.some((entry) => entry.id === key));
    if (owners.length === 0) add(mutedKey(bundled.packId, key));
    for (const owner of owners) add(mutedKey(owner.packId, key));
  }
  return out;
}

/** Whether any old-style key is left. */
export function hasOldMutes(mutedIds: readonly string[]): boolean {
  return mutedIds.some((key) => parseMutedKey(key).packId === null);
}
