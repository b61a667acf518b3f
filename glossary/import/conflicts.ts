/**
 * Imported entries that collide with entries the user already has: the same words (term or
 * alias, compared the way the matcher compares them: any case, any accents) or the same id,
 * which muting treats as one entry. Pass the glossaries the import will sit beside, not the
 * one it replaces.
 */
import { LIMITS } from '../limits';
import { foldTerm } from '../normalize';
import type { GlossaryEntry } from '../schema';

export interface Conflict {
  /** The imported entry's id and term. */
  id: string;
  term: string;
  existing: { glossaryId: string; glossaryName: string; term: string; entryId: string };
  /** Whether the clash is over the id, the words, or both. */
  reason: 'id' | 'words' | 'id-and-words';
}

export type ConflictChoice = 'keep-theirs' | 'keep-ours' | 'keep-both';

export interface ExistingGlossary {
  id: string;
  name: string;
  entries: readonly GlossaryEntry[];
}

const surfaces = (entry: GlossaryEntry) => [...new Set([entry.term, ...entry.aliases].map(foldTerm))];

/** One conflict per (imported entry, existing entry) pair, in import order. */
export function findConflicts(entries: readonly GlossaryEntry[], existing: readonly ExistingGlossary[]): Conflict[] {
  type Owner = { glossary: ExistingGlossary; entry: GlossaryEntry };
  const bySurface = new Map<string, Owner[]>();
  const byId = new Map<string, Owner[]>();
  const add = (map: Map<string, Owner[]>, key: string, owner: Owner) => {
    const list = map.get(key);
    if (list) list.push(owner);
    else map.set(key, [owner]);
  };
  for (const glossary of existing) {
    for (const entry of glossary.entries) {
      add(byId, entry.id, { glossary, entry });
      for (const surface of surfaces(entry)) add(bySurface, surface, { glossary, entry });
    }
  }

  const conflicts: Conflict[] = [];
  for (const entry of entries) {
    const found = new Map<Owner['entry'], { owner: Owner; id: boolean; words: boolean }>();
    for (const owner of byId.get(entry.id) ?? []) found.set(owner.entry, { owner, id: true, words: false });
    for (const surface of surfaces(entry)) {
      for (const owner of bySurface.get(surface) ?? []) {
        const seen = found.get(owner.entry);
        if (seen) seen.words = true;
        else found.set(owner.entry, { owner, id: false, words: true });
      }
    }
    for (const { owner, id, words } of found.values()) {
      conflicts.push({
        id: entry.id,
        term: entry.term,
        existing: { glossaryId: owner.glossary.id, glossaryName: owner.glossary.name, term: owner.entry.term, entryId: owner.entry.id },
        reason: id && words ? 'id-and-words' : id ? 'id' : 'words',
      });
    }
  }
  return conflicts;
}

export interface ResolveOptions {
  /** Every id already in use elsewhere, so "keep both" never hands out one of them. */
  takenIds?: Iterable<string>;
  /** The words added to a renamed term; "imported" unless the page is translated. */
  suffix?: string;
}

/**
 * The imported entries to store, given the user's choice:
 * - keep-theirs: every imported entry as it is (the existing ones can be removed with
 *   `displacedEntries` in the same write, see applyImport);
 * - keep-ours: imported entries that clash are left out;
 * - keep-both: clashing imported entries are renamed "stroke (imported)", keep matching their
 *   original words through an alias, and get a fresh id that links inside the file follow.
 */
export function resolveConflicts(
  entries: readonly GlossaryEntry[],
  conflicts: readonly Conflict[],
  choice: ConflictChoice,
  options: ResolveOptions = {},
): GlossaryEntry[] {
  const clashing = new Set(conflicts.map((conflict) => conflict.id));
  if (choice === 'keep-theirs' || clashing.size === 0) return [...entries];
  if (choice === 'keep-ours') return entries.filter((entry) => !clashing.has(entry.id));

  const taken = new Set<string>([...(options.takenIds ?? []), ...entries.map((entry) => entry.id), ...conflicts.map((c) => c.existing.entryId)]);
  const suffix = options.suffix ?? 'imported';
  const renamed = new Map<string, string>();
  for (const entry of entries) {
    if (!clashing.has(entry.id) || renamed.has(entry.id)) continue;
    const id = freshId(entry.id, suffix, taken);
    taken.add(id);
    renamed.set(entry.id, id);
  }
  return entries.map((entry) => {
    const related = entry.related.map((id) => renamed.get(id) ?? id);
    const newId = renamed.get(entry.id);
    if (newId === undefined) return entry.related.some((id) => renamed.has(id)) ? { ...entry, related } : entry;
    return { ...withSuffix(entry, suffix), id: newId, related };
  });
}

function freshId(id: string, suffix: string, taken: ReadonlySet<string>): string {
  const tail = suffix.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'imported';
  for (let n = 1; ; n++) {
    const end = n === 1 ? `-${tail}` : `-${tail}-${n}`;
    const candidate = `${id.slice(0, LIMITS.idChars - end.length).replace(/-+$/, '')}${end}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** "stroke" → "stroke (imported)", still matching "stroke" on pages through its aliases. */
function withSuffix(entry: GlossaryEntry, suffix: string): GlossaryEntry {
  const end = ` (${suffix})`;
  const term = `${entry.term.slice(0, LIMITS.termChars - end.length).trimEnd()}${end}`;
  const folded = foldTerm(entry.term);
  if (entry.aliases.some((alias) => foldTerm(alias) === folded)) return { ...entry, term };
  if (entry.aliases.length < LIMITS.aliasesPerEntry) return { ...entry, term, aliases: [entry.term, ...entry.aliases] };
  // A full alias list is rare enough that a literal form, which matches only the exact spelling, will do.
  if (entry.forms.length < LIMITS.formsPerEntry) return { ...entry, term, forms: [entry.term, ...entry.forms] };
  return { ...entry, term };
}

/** For keep-theirs: the existing entries to remove from the user's other glossaries. */
export function displacedEntries(conflicts: readonly Conflict[], choice: ConflictChoice): { glossaryId: string; entryId: string }[] {
  if (choice !== 'keep-theirs') return [];
  const seen = new Set<string>();
  return conflicts.flatMap(({ existing }) => {
    const key = `${existing.glossaryId}\u0000${existing.entryId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ glossaryId: existing.glossaryId, entryId: existing.entryId }];
  });
}
