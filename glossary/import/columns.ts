/**
 * The CSV columns, in the order exports write them:
 *
 *   term          required  the word or phrase to explain, up to 100 characters
 *   aliases       optional  other names for it, separated by ";"
 *   forms         optional  exact extra spellings (plurals, inflections), separated by ";"
 *   short         required  a one-line explanation, up to 200 characters
 *   explanation   required  the full explanation, up to 2,000 characters
 *   category      optional  a category id or its label ("heart-vessels" or "Heart and blood vessels"); empty = "other"
 *   related       optional  ids of related entries in the same file, separated by ";"
 *   source        required  where the explanation comes from, up to 200 characters
 *   id            optional  lower-case letters, digits and hyphens; empty = made from the term ("Heart attack" → "heart-attack")
 *   reviewed      optional  the date the text was last checked, like 2026-11-30; empty = the day of the import
 *   caseSensitive optional  true, yes or 1 to match the exact capitals only; false, no or 0, or empty, for any case
 *   context       optional  words that must appear nearby for the term to count, separated by ";"
 *   level         optional  everyday, general or technical: how familiar the word is; empty = technical (always underlined)
 *   pronunciation optional  a respelling with the stressed syllable in capitals, like "ar-teer-ee-oh-skluh-ROH-sis"
 *   expansion     optional  what an abbreviation stands for, like "hypertension (high blood pressure)"
 *   notIn         optional  phrases in which the term means something else ("cabin fever" for fever), separated by ";"
 *   contextFree   optional  the entry's own words that match without the context words ("urticaria" for hives), separated by ";"
 *   freeOnHealthPages optional  true, yes or 1 when on a page about health the words need no context words ("stroke"); empty = they do
 *   ownContextOnly optional  true, yes or 1 when the abbreviations wait for the entry's own context words even beside other health terms ("GDP"); empty = they don't
 *
 * Senses (several meanings chosen by cue words) and alias levels (an alias less or more familiar
 * than its term, like "epistaxis" for a nosebleed) need the JSON format: a CSV row has no room for them.
 *
 * Header names ignore capitals, spaces, "-" and "_" ("Case sensitive" works). The separator between
 * columns may be "," or ";" (or a tab); it is read from the header row.
 */
export const CSV_COLUMNS = [
  'term',
  'aliases',
  'forms',
  'short',
  'explanation',
  'category',
  'related',
  'source',
  'id',
  'reviewed',
  'caseSensitive',
  'context',
  'level',
  'pronunciation',
  'expansion',
  'notIn',
  'contextFree',
  'freeOnHealthPages',
  'ownContextOnly',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['term', 'short', 'explanation', 'source'];

const BY_KEY = new Map<string, CsvColumn>(CSV_COLUMNS.map((name) => [headerKey(name), name]));

/** How a header cell is compared: people write "Case sensitive", "case_sensitive" or "CaseSensitive". */
function headerKey(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, '');
}

export function columnFor(headerCell: string): CsvColumn | null {
  return BY_KEY.get(headerKey(headerCell)) ?? null;
}
