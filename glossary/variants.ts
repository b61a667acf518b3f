/**
 * Every surface form of a glossary term worth matching: joined/hyphenated/open compounds, US/UK
 * spellings, plurals and possessives of the head (last) word, and verb forms where the word names
 * something that happens. Forms are built once at compile time; matching never guesses.
 */
import { canonicalExact } from './normalize';
import { clearPluralCache, pluralsOf, verbFormsOf } from './inflect';
import { britishSpellingOf, clearSpellingCache, spellingsOf } from './spelling';

export interface VariantOptions {
  /** The entry names a symptom or action (bundled "symptoms" category), so its head word is also inflected as a verb. */
  action?: boolean;
  /**
   * The term starts with a name written with a capital ("Alport syndrome", "Meckel's diverticulum"),
   * usually a person's: writers add or drop the possessive there ("Alport's syndrome", "Graves'
   * disease", "Meckel diverticulum"), so that word takes both spellings. The caller decides from the
   * term as written, since compiled terms arrive folded to lower case.
   */
  eponym?: boolean;
  /**
   * The term starts with names joined by hyphens ("Guillain-Barré syndrome", "Epstein-Barr virus"),
   * which encyclopedias join with an en dash instead; see joinsNames.
   */
  joinedNames?: boolean;
}

/** Whether a term as written starts with capitalised names joined by hyphens ("Charcot-Marie-Tooth disease"). */
export function joinsNames(written: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?:'s?)?(?: |$)/u.test(written);
}

/**
 * Whether a term as written starts with a capitalised name followed by more words ("Bell palsy",
 * "Graves' disease"), Scottish and Irish names with a second capital included ("McBurney point").
 */
export function startsWithName(written: string): boolean {
  return /^(?:Mc|Mac|O')?\p{Lu}\p{Ll}{2,}(?:'s?)? \S/u.test(written);
}

/**
 * Head words whose verb forms mean the same thing ("aching", "twitched"). Verb forms are not made for
 * every noun: "heading", "facing" and "armed" would light up all over pages about anything.
 */
const VERB_HEADS = new Set(
  ('ache bleed blister bloat breathe bruise burn burp belch choke clot cough cramp faint fracture ' +
    'hiccup itch limp numb relapse rupture scar shiver sneeze snore spasm sprain strain sting stretch ' +
    'sweat swell throb tingle tremble twitch vomit wheeze yawn swallow heal inflame atrophy ulcerate ' +
    'hemorrhage haemorrhage dehydrate overdose breastfeed urinate ovulate menstruate metastasize ' +
    'vaccinate immunize immunise inject transplant transfuse massage stitch smoke vape diet exercise ' +
    'screen scan test bite palpitate convulse sedate stutter stammer gag retch wince flare seize').split(' '),
);

/** Words that read as nouns whatever their entry is about; verb endings on them only make noise. */
const NOUN_ENDING = /(ness|ity|ion|ia|a|osis|itis|emia|algia|ism|ment|ance|ence|ics|ology|ist|us|um|is)$/;

/** Frees the per-word caches; the compiler calls this after each glossary so nothing lingers in memory. */
export function clearVariantCaches(): void {
  clearPluralCache();
  clearSpellingCache();
}

/** "MS", "ALS", "COPD", "NSAID": all capitals, at most five letters; they only ever match in capitals. */
export function isCapsAbbreviation(term: string): boolean {
  const letters = term.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Whether an entry matches `written` (its term, an alias or a form) only in the case it is written
 * in: every name of a case-sensitive entry, and abbreviations in capitals. The compiler gives such
 * names exact-case claims, and the pack check lets two of them share letters in different cases.
 */
export function matchesOnlyAsWritten(entry: { readonly caseSensitive?: boolean }, written: string): boolean {
  return entry.caseSensitive === true || isCapsAbbreviation(written);
}

/** Caps on the combinations one term may produce, so a long hyphenated term cannot explode the tables. */
const MAX_JOINER_FORMS = 9;
/** A name of three parts ("Charcot-Marie-Tooth") gets every join, the en dash among them. */
const MAX_NAME_JOINER_FORMS = 16;
const EN_DASH = '\u2013';
const MAX_LEADS = 24;
const MAX_CLOSED_PART = 6;

/**
 * All forms of a term or alias, the term itself (canonicalized) first. Case is kept as written.
 *
 * A term is split into its leading part and its head (the part after the last space or hyphen):
 * the leading part varies in joins and spellings, the head in spellings and inflections, and every
 * form is one of each. So "heart beat" inflects "beat" once for "heart beats", "heart-beats" and
 * "heartbeats".
 */
export function termVariants(term: string, options: VariantOptions = {}): string[] {
  const base = canonicalExact(term);
  if (isCapsAbbreviation(base)) return unique([base, `${base}s`, `${base}'s`]);
  const pieces = base.split(/([ -])/);
  const head = pieces[pieces.length - 1] ?? '';
  const leads = leadingVariants(pieces.slice(0, -1), head, options.eponym === true, options.joinedNames === true);
  const out: string[] = [base];
  for (const headForm of [head, ...spellingsOf(head)]) {
    const inflected = inflections(headForm, options);
    for (const lead of leads) {
      const form = lead + headForm;
      out.push(form);
      if (!/s$/i.test(form)) out.push(`${form}'s`);
      // Plural possessives are left out: regular ones end in s (the boundary allows the apostrophe)
      // and "vertebrae's" is too rare to be worth a form for every classical plural.
      for (const other of inflected) out.push(lead + other);
    }
  }
  return unique(out);
}

/**
 * Explicit `forms` are taken as written, with a possessive, and with each word in its UK spelling: a
 * form is a word the rules cannot inflect, but "hemorrhagic" is still "haemorrhagic" on a British
 * page, as "hemorrhage" is "haemorrhage".
 */
export function literalVariants(form: string): string[] {
  const out: string[] = [];
  for (const spelling of wordSpellings(canonicalExact(form))) {
    out.push(spelling);
    if (!/s$/i.test(spelling)) out.push(`${spelling}'s`);
  }
  return out;
}

/** The text as written first, then with its words in their UK spellings (at most MAX_JOINER_FORMS in all). */
function wordSpellings(text: string): string[] {
  let forms = [''];
  for (const piece of text.split(/([ -])/)) {
    const uk = britishSpellingOf(piece);
    const choices = uk === null ? [piece] : [piece, uk];
    if (forms.length * choices.length > MAX_JOINER_FORMS) return [text];
    forms = forms.flatMap((f) => choices.map((c) => f + c));
  }
  return forms;
}

/**
 * The leading words with every join and spelling, each ending in its join to the head. Hyphens may
 * become spaces or vanish (X-ray, X ray, Xray); the one space of a two-word term may become a hyphen,
 * and vanish when both words are short (heartbeat, eyelid, bloodstream; never "chronicfatigue").
 * In a term of three words or more, the first two words may be hyphenated, as writers do when they
 * make a modifier of them ("sickle-cell disease", "cat-scratch disease", "proton-pump inhibitor").
 */
function leadingVariants(pieces: readonly string[], head: string, eponym: boolean, joinedNames: boolean): string[] {
  const joints = pieces.filter((p) => p === '-').length;
  // Names joined by a hyphen are also written with an en dash ("Guillain–Barré syndrome",
  // "Creutzfeldt–Jakob disease"), as encyclopedias do. The dash is no joiner in words.ts, so
  // "disease–which" stays two words; only a form can cross it.
  const hyphenChoices = joinedNames
    ? 4 ** joints <= MAX_NAME_JOINER_FORMS ? ['-', ' ', '', EN_DASH] : ['-', EN_DASH]
    : 3 ** joints <= MAX_JOINER_FORMS ? ['-', ' ', ''] : ['-'];
  let spaceChoices = [' '];
  const first = pieces[0] ?? '';
  if (pieces.length === 2 && pieces[1] === ' ' && LETTERS.test(first) && LETTERS.test(head)) {
    spaceChoices = first.length <= MAX_CLOSED_PART && head.length <= MAX_CLOSED_PART ? [' ', '-', ''] : [' ', '-'];
  }
  const modifierPair = pieces.length >= 4 && pieces[1] === ' ' && pieces[3] === ' ' && LETTERS.test(first) && LETTERS.test(pieces[2] ?? '');
  let forms = [''];
  pieces.forEach((piece, index) => {
    const choices =
      piece === '-' ? hyphenChoices : piece === ' ' ? (index === 1 && modifierPair ? MODIFIER_CHOICES : spaceChoices) : [piece, ...spellingsOf(piece)];
    forms = forms.flatMap((f) => choices.map((c) => f + c));
    if (forms.length > MAX_LEADS) forms = forms.slice(0, MAX_LEADS);
  });
  if (eponym && pieces[1] === ' ') {
    // Only the open compound takes the other spellings: nobody writes "Alport's-syndrome".
    const open = forms.filter((f) => f.startsWith(`${first} `));
    for (const other of otherPossessives(first)) forms.push(...open.map((f) => other + f.slice(first.length)));
  }
  return forms;
}

/**
 * "alport" → "alport's"; "alzheimer's" → "alzheimer", "alzheimers"; "graves" ↔ "graves'". A name
 * written with its possessive also loses just the apostrophe, as many pages and most searches write
 * the best-known ones ("Alzheimers disease", "Crohns disease", "Bells palsy"); a name written
 * without one does not gain a bare "s", which would make ordinary phrases of programme names
 * ("parts a" from Medicare Part A).
 */
function otherPossessives(word: string): string[] {
  if (word.endsWith("'s")) return [word.slice(0, -2), `${word.slice(0, -2)}s`];
  if (word.endsWith("'")) return [word.slice(0, -1)];
  return [word.endsWith('s') ? `${word}'` : `${word}'s`];
}

const MODIFIER_CHOICES = [' ', '-'];
const LETTERS = /^\p{L}{2,}$/u;

/** Plurals and (for actions) verb forms of a head word; nothing for digits, single letters or abbreviations ("vitamin D", "type 2"). */
function inflections(head: string, options: VariantOptions): readonly string[] {
  if (head.length < 3 || !(/^[a-z][a-z']*[a-z]$/.test(head) || (/^\p{L}[\p{L}']*\p{L}$/u.test(head) && head !== head.toUpperCase()))) return NONE;
  const word = head.toLowerCase();
  if (VERB_HEADS.has(word) || (options.action === true && !NOUN_ENDING.test(word))) return [...pluralsOf(head), ...verbFormsOf(head)];
  return pluralsOf(head);
}

const NONE: readonly string[] = [];

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
