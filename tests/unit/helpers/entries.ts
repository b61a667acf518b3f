import type { GlossaryEntry } from '../../../glossary/schema';

/** A glossary entry with only what matching reads filled in. */
export function entry(id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    term,
    aliases: [],
    forms: [],
    short: 'Short text.',
    explanation: 'Explanation text. It has two sentences.',
    category: 'other',
    related: [],
    source: 'MedlinePlus',
    reviewed: '2026-11-30',
    ...extra,
  };
}
