/**
 * What an import will do, worked out before anything is written: the preview shows exactly this,
 * and applyPreview writes exactly this.
 *
 * Conflicts are about words only. Ids never clash between glossaries (mutes and cards name an
 * entry by glossary and id), so an imported "kidney" beside the bundled "kidney" is one conflict
 * because they explain the same word, not two.
 *
 * Nothing here mutes anything. While a user glossary is switched on, its entries' own words come
 * before the bundled pack's (see compile.ts); switch it off or remove it and the bundled entries
 * are back, untouched.
 */
import type { GlossaryEntry } from '../schema';
import { findConflicts, type ConflictChoice, type ExistingGlossary } from './conflicts';

interface PlannedConflict {
  /** The file's entry. */
  entry: GlossaryEntry;
  /** Every entry already there that explains one of its words, in glossary order. */
  existing: { glossaryId: string; glossaryName: string; entryId: string; term: string; bundled: boolean }[];
}

export interface ImportPlan {
  /** The entries the new glossary will hold. Empty: nothing to import, and no glossary is added. */
  entries: GlossaryEntry[];
  /** One per file entry that shares a word with an entry already there. */
  conflicts: PlannedConflict[];
  /** File entries left out ("keep mine"). */
  skipped: GlossaryEntry[];
  /** Entries of the user's other glossaries removed in the same write ("the file's entries"). */
  removed: { glossaryId: string; glossaryName: string; entryId: string; term: string }[];
  /** Set on the glossary: cards show its entries and the other glossaries' entries for the same word. */
  keepBoth: boolean;
  /** The glossary's name, made unique among the user's glossaries. */
  name: string;
}

export interface PlanOptions {
  /** The user's glossaries as stored now. */
  user: readonly ExistingGlossary[];
  /** The bundled pack (its entries are never changed, only outranked). */
  bundled?: ExistingGlossary;
  choice: ConflictChoice;
  name: string;
  /** A stored glossary the import replaces: not a conflict with itself, and its name is free. */
  replaceId?: string;
}

export function planImport(entries: readonly GlossaryEntry[], options: PlanOptions): ImportPlan {
  const others = options.user.filter((glossary) => glossary.id !== options.replaceId);
  const sources = options.bundled ? [options.bundled, ...others] : others;
  const byEntry = new Map<string, PlannedConflict>();
  for (const conflict of findConflicts(entries, sources)) {
    if (conflict.reason === 'id') continue;
    let planned = byEntry.get(conflict.id);
    if (!planned) {
      planned = { entry: entries.find((entry) => entry.id === conflict.id)!, existing: [] };
      byEntry.set(conflict.id, planned);
    }
    const { glossaryId, glossaryName, entryId, term } = conflict.existing;
    planned.existing.push({ glossaryId, glossaryName, entryId, term, bundled: glossaryId === options.bundled?.id });
  }
  const conflicts = entries.flatMap((entry) => byEntry.get(entry.id) ?? []);
  const clashing = new Set(conflicts.map((conflict) => conflict.entry.id));
  const skipped = options.choice === 'keep-ours' ? entries.filter((entry) => clashing.has(entry.id)) : [];
  const kept = options.choice === 'keep-ours' ? entries.filter((entry) => !clashing.has(entry.id)) : [...entries];
  const removed: ImportPlan['removed'] = [];
  if (options.choice === 'keep-theirs') {
    const seen = new Set<string>();
    for (const conflict of conflicts) {
      for (const item of conflict.existing) {
        const key = `${item.glossaryId}\u0000${item.entryId}`;
        if (item.bundled || seen.has(key)) continue;
        seen.add(key);
        removed.push({ glossaryId: item.glossaryId, glossaryName: item.glossaryName, entryId: item.entryId, term: item.term });
      }
    }
  }
  // Related ids that pointed at a left-out entry would point nowhere.
  const keptIds = new Set(kept.map((entry) => entry.id));
  const cleaned = skipped.length === 0 ? kept : kept.map((entry) => (entry.related.every((id) => keptIds.has(id)) ? entry : { ...entry, related: entry.related.filter((id) => keptIds.has(id)) }));
  return {
    entries: cleaned,
    conflicts,
    skipped,
    removed,
    keepBoth: options.choice === 'keep-both' && conflicts.length > 0,
    name: uniqueName(options.name, others.map((glossary) => glossary.name)),
  };
}

/** "Heart words" → "Heart words (2)" when the user already has a glossary of that name (any case). */
export function uniqueName(name: string, taken: readonly string[], max = 100): string {
  const base = name.trim() || 'Imported glossary';
  const used = new Set(taken.map((item) => item.trim().toLowerCase()));
  if (!used.has(base.toLowerCase())) return base.slice(0, max);
  for (let n = 2; ; n++) {
    const end = ` (${n})`;
    const candidate = `${base.slice(0, max - end.length).trimEnd()}${end}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** "1 entry", "2 entries", "0 errors": counts as people write them. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
