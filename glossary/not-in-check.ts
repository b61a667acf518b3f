/**
 * A `notIn` phrase works only where one of the entry's own words lies inside it: "cabin fever"
 * for fever, not "cabin fevers" for an entry that never makes "fevers" (it does) or "heat wave"
 * for fever (it never could). This check finds the phrases that can never take effect.
 */
import { compile } from './compile';
import { createMatcher } from './matcher';
import type { GlossaryEntry } from './schema';

/** The phrases of `entry.notIn` in which the entry, with no context or notIn rule, finds none of its words. */
export function idleNotInPhrases(entry: GlossaryEntry): string[] {
  const phrases = entry.notIn ?? [];
  if (phrases.length === 0) return [];
  const { context: _context, notIn: _notIn, senses: _senses, ...bare } = entry;
  const matcher = createMatcher(compile([{ packId: 'check', entries: [bare] }]));
  return phrases.filter((phrase) => matcher.findInText(phrase).length === 0);
}
