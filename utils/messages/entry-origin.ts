import type { GlossaryEntry } from '../../glossary/schema';

/**
 * Where a card's entry comes from, added to the background's getEntry reply: the card marks the
 * user's own entries, and lists the other glossaries' entries for the same word when the user
 * kept both.
 */
export interface EntryOrigin {
  packId: string;
  /** The glossary's name as the options page shows it. */
  glossaryName: string;
  /** One of the user's glossaries (imported or "My terms"), not a bundled pack. */
  mine: boolean;
  /** Other glossaries' entries for the same word, shown after this one on the card. */
  alsoMeans: { packId: string; glossaryName: string; mine: boolean; entry: GlossaryEntry }[];
}
