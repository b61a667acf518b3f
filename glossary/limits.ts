/**
 * Every size limit Termlight enforces, in one place, so the options page, the importer
 * and every reader of stored data refuse the same things for the same reasons.
 */
export const LIMITS = {
  importFileBytes: 5 * 1024 * 1024,
  /** A backup holds every user glossary at once, so it may be larger than one imported file. */
  backupFileBytes: 20 * 1024 * 1024,
  entriesPerGlossary: 20_000,
  termChars: 100,
  shortChars: 200,
  explanationChars: 2_000,
  aliasesPerEntry: 30,
  formsPerEntry: 50,
  relatedPerEntry: 30,
  /**
   * Raised from 40 in round 54: two dozen bundled words with many other senses (discharge, graft,
   * stroke, joint) had reached 40, and writers were dropping good cue words to make room.
   */
  contextWordsPerEntry: 60,
  /** Phrases in which an entry's words mean something else ("cabin fever"). */
  notInPerEntry: 60,
  sourceChars: 200,
  idChars: 100,
  /** Text in one request to match a block of a page (the content script sends about 16,000). */
  matchRequestChars: 200_000,
  /** Text nodes in one such request. */
  matchRequestSegments: 20_000,
  /** Page text the popup's list of unexplained words reads; past it, the rest of a huge page is left out. */
  unexplainedPageChars: 2_000_000,
  /** An id or glossary id in a message or a handed-over link (entries' own ids are idChars). */
  refChars: 200,
  /** A glossary revision the reader asks the background's tables for (it lists every muted id). */
  revisionChars: 100_000,
  /** A search handed to the popup (context menu, card, link). */
  queryChars: 200,
  /** Selected text sent to be explained. */
  selectionChars: 2_000,
  /** Characters on each side of an occurrence that its sense is chosen from. */
  senseMarginChars: 3_000,
  /** The text sent to choose a sense: both margins and the occurrence itself. */
  senseTextChars: 8_000,
  /** Distinct terms a frame reports for the badge. */
  reportedTerms: 100_000,
  /** The occurrence of a term the popup asks a page to reveal. */
  revealOccurrence: 1_000_000,
} as const;
