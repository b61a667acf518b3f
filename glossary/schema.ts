import * as v from 'valibot';
import { LIMITS } from './limits';
import { CATEGORY_IDS } from './categories';

/**
 * ONE schema for bundled packs and user imports. Valibot validates with plain functions,
 * never generated code, so it runs under extension pages' no-eval CSP.
 */
const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.normalize('NFC'), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens'),
  v.maxLength(LIMITS.idChars, `must be at most ${LIMITS.idChars} characters`),
);

const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.optional(v.pipe(v.array(item), v.maxLength(max, `may hold at most ${max} items`)), []);

/** How familiar a word is to an adult lay reader; decides what is underlined by default. */
export const LEVELS = ['everyday', 'general', 'technical'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * A plain respelling: lower-case syllables joined by hyphens, the stressed one in capitals,
 * exactly one stressed syllable per word ("ar-teer-ee-oh-skluh-ROH-sis", "MUS-ul SPAZ-um").
 */
const PRONUNCIATION_WORD = /^(?:[a-z']+-)*[A-Z']+(?:-[a-z']+)*$/;
function isValidPronunciation(text: string): boolean {
  return text.split(' ').every((word) => PRONUNCIATION_WORD.test(word) && /[A-Z]/.test(word));
}

const pronunciation = v.pipe(
  v.string(),
  v.trim(),
  v.check(isValidPronunciation, 'must be syllables joined by hyphens, with exactly one stressed syllable in capitals per word, like "ar-teer-ee-oh-skluh-ROH-sis"'),
  v.maxLength(200, 'must be at most 200 characters'),
);

/** One meaning of a word that has several (an abbreviation, or an everyday word with a medical sense). */
const SenseSchema = v.strictObject({
  label: text(60),
  short: text(LIMITS.shortChars),
  cues: v.pipe(v.array(text(LIMITS.termChars)), v.maxLength(LIMITS.contextWordsPerEntry, `may hold at most ${LIMITS.contextWordsPerEntry} items`)),
  related: v.optional(id),
});

export const EntrySchema = v.strictObject({
  id,
  term: text(LIMITS.termChars),
  aliases: list(text(LIMITS.termChars), LIMITS.aliasesPerEntry),
  forms: list(text(LIMITS.termChars), LIMITS.formsPerEntry),
  short: text(LIMITS.shortChars),
  explanation: text(LIMITS.explanationChars),
  category: v.picklist(CATEGORY_IDS, `must be one of: ${CATEGORY_IDS.join(', ')}`),
  related: list(id, LIMITS.relatedPerEntry),
  source: text(LIMITS.sourceChars),
  reviewed: v.pipe(v.string(), v.isoDate('must be a date like 2026-11-30')),
  caseSensitive: v.optional(v.boolean()),
  context: v.optional(v.pipe(v.array(text(LIMITS.termChars)), v.maxLength(LIMITS.contextWordsPerEntry))),
  /**
   * The entry's own words (term, aliases or forms, as written) that mean it wherever they stand, so
   * they match without the context words: "urticaria" for hives, whose term is also a bee's home.
   * Their plurals and other generated forms go free with them.
   */
  contextFree: v.optional(v.pipe(v.array(text(LIMITS.termChars)), v.maxLength(LIMITS.aliasesPerEntry + LIMITS.formsPerEntry + 1))),
  /**
   * The entry's words mean it on any page about health, so there they match without the context
   * words ("stroke", "BP"); elsewhere the context words still decide ("a stroke of luck", BP the
   * oil company). Only for words whose other senses health pages hardly use.
   */
  freeOnHealthPages: v.optional(v.boolean()),
  /**
   * The entry's abbreviations match only beside its own context words: never because a technical
   * term shares their sentence, nor because the page is about health. For letters that health
   * writing itself uses for other things ("GDP" is a country's output in an article on health
   * spending, "LTG" a therapy's long-term goal beside "aphasia").
   */
  ownContextOnly: v.optional(v.boolean()),
  /**
   * Phrases in which the term means something else ("cabin fever", "genetic algorithm"): a match
   * that lies inside one of them is no match. Each holds one of the entry's words.
   */
  notIn: v.optional(v.pipe(v.array(text(LIMITS.termChars)), v.maxLength(LIMITS.notInPerEntry, `may hold at most ${LIMITS.notInPerEntry} items`))),
  /** Optional in user glossaries; every bundled entry has one. */
  level: v.optional(v.picklist(LEVELS, `must be one of: ${LEVELS.join(', ')}`)),
  pronunciation: v.optional(pronunciation),
  /**
   * How familiar an alias is on its own, where a reader knows the term but not that name of it
   * ("epistaxis" for a nosebleed). A match through the alias is underlined at this level; an alias
   * not listed shares the entry's level. Keys are aliases as written.
   */
  aliasLevels: v.optional(v.record(v.string(), v.picklist(LEVELS, `must be one of: ${LEVELS.join(', ')}`))),
  /** What an abbreviation stands for ("high blood pressure (hypertension)" for HTN). */
  expansion: v.optional(text(LIMITS.termChars * 2)),
  /** Meanings chosen by cue words nearby; with no cue, the card lists them all. */
  senses: v.optional(v.pipe(v.array(SenseSchema), v.maxLength(6, 'may hold at most 6 senses'))),
});

export const PackManifestSchema = v.strictObject({
  id,
  name: text(100),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0')),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag like en or en-GB')),
  license: text(100),
  description: v.optional(text(500)),
});

/** A category file of a bundled pack, and the JSON import format. */
export const EntryListSchema = v.pipe(
  v.array(EntrySchema),
  v.maxLength(LIMITS.entriesPerGlossary, `may hold at most ${LIMITS.entriesPerGlossary} entries`),
);

export type GlossaryEntry = v.InferOutput<typeof EntrySchema>;
export type PackManifest = v.InferOutput<typeof PackManifestSchema>;
export type Sense = v.InferOutput<typeof SenseSchema>;
