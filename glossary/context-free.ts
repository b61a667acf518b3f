import type { GlossaryEntry } from './schema';
import { matchesOnlyAsWritten } from './variants';

export interface ContextFreeMistake {
  item: string;
  /** Stray: not one of the entry's words (a mistake to fix). Idle: harmless, it just does nothing. */
  kind: 'stray' | 'idle';
  message: string;
}

/**
 * What is wrong with an entry's `contextFree` list, one message per item, worded to follow the
 * item in quotes. Each item must be one of the entry's own words as written (term, an alias or a
 * form), and the list only means something when the entry has context words to go without.
 */
export function contextFreeMistakes(entry: Pick<GlossaryEntry, 'term' | 'aliases' | 'forms' | 'context' | 'contextFree'>): ContextFreeMistake[] {
  const free = entry.contextFree ?? [];
  if (free.length === 0) return [];
  const own = new Set([entry.term, ...entry.aliases, ...entry.forms]);
  const hasContext = (entry.context ?? []).length > 0;
  return free.flatMap((item): ContextFreeMistake[] => {
    if (!own.has(item)) return [{ item, kind: 'stray', message: "is not the entry's term, one of its aliases or one of its forms, written exactly as there" }];
    if (!hasContext) return [{ item, kind: 'idle', message: 'changes nothing: the entry has no context words, so all its words match without them already' }];
    return [];
  });
}

/**
 * Why an entry's `freeOnHealthPages` does nothing, worded to follow the field's name, or null when
 * it takes effect: it lets the entry go without context words on health pages, so it needs some.
 */
export function idleFreeOnHealthPages(entry: Pick<GlossaryEntry, 'context' | 'freeOnHealthPages'>): string | null {
  if (entry.freeOnHealthPages !== true || (entry.context ?? []).length > 0) return null;
  return 'changes nothing: the entry has no context words, so its words match on every page already';
}

/**
 * Why an entry's `ownContextOnly` does nothing or contradicts the entry, worded to follow the
 * field's name, or null when it takes effect. It keeps abbreviations (names matched only as
 * written) waiting for the entry's own context words, so it needs both, and it undoes
 * `freeOnHealthPages`, which lets them go without.
 */
export function idleOwnContextOnly(entry: Pick<GlossaryEntry, 'term' | 'aliases' | 'caseSensitive' | 'context' | 'freeOnHealthPages' | 'ownContextOnly'>): string | null {
  if (entry.ownContextOnly !== true) return null;
  if ((entry.context ?? []).length === 0) return 'changes nothing: the entry has no context words to wait for';
  if (entry.freeOnHealthPages === true) return 'contradicts freeOnHealthPages: one lets the words go without context words on health pages, the other never';
  if (![entry.term, ...entry.aliases].some((written) => matchesOnlyAsWritten(entry, written))) {
    return 'changes nothing: it applies to abbreviations (names in capitals, or any name of a case-sensitive entry), and the entry has none';
  }
  return null;
}
