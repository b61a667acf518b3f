import { foldTerm, seenKeys } from './normalize';
import type { GlossaryEntry } from './schema';

/**
 * The alias a page used for an entry when it is not the entry's own term ("Flomax" for
 * tamsulosin, "mtDNA" for mitochondrial DNA), so the card can say that both name the same thing:
 * a reader who hovered "Flomax" and reads "tamsulosin" would otherwise wonder whether the card is
 * about their word. Null for the term itself and its forms ("arteries" for artery), which need no
 * such line. The alias comes back as the entry spells it, whatever the page's casing.
 */
export function aliasSeen(entry: Pick<GlossaryEntry, 'term' | 'aliases'>, seen: string): string | null {
  const keys = seenKeys(seen);
  const term = foldTerm(entry.term);
  if (keys.some((candidate) => isNameOrPlural(candidate, term))) return null;
  return entry.aliases.find((alias) => keys.some((candidate) => isNameOrPlural(candidate, foldTerm(alias)))) ?? null;
}

function isNameOrPlural(key: string, name: string): boolean {
  return key === name || key === `${name}s` || key === `${name}es`;
}
