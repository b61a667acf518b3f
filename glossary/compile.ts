/**
 * Glossary entries → the plain-data tables the matcher loads. Everything expensive (variants,
 * folding, the trie) happens here, once: at build time for bundled packs, at import time for
 * user glossaries. Disabled packs never reach the tables. Muted terms do, marked `muted`: they
 * still claim their words, so the matcher finds them and reports nothing there (muting "blood
 * pressure" must not turn the "blood" inside it into a highlight of its own).
 */
import type { GlossaryEntry, Level } from './schema';
import { joinItems, splitItems } from './joined-items';
import { foldTerm } from './normalize';
import { firstWordHasCapital, firstWordsOf, type CompiledFirstWords } from './first-words';
import { buildTrie, type CompiledTrie } from './trie';
import { exactOf, type OwnerExact } from './owner-exact';
import type { DerivedFormFilter } from './other-words';
import { clearVariantCaches, joinsNames, literalVariants, matchesOnlyAsWritten, startsWithName, termVariants } from './variants';
import { aliasLevelKey } from './levels';

export interface CompileInput {
  packId: string;
  entries: readonly GlossaryEntry[];
  /**
   * The user's own glossaries: the words their entries list (term, aliases, forms as written) come
   * before any later input's claim to the same words, whatever its case or context rule. Forms
   * generated from them (plurals…) do not: a later input's own written word still wins over those.
   */
  overrides?: boolean;
}

export interface CompileOptions {
  /** Entries never to highlight: "packId:id" mutes one pack's entry, a bare id (the old shape) every pack's. */
  mutedIds?: readonly string[];
  disabledPackIds?: readonly string[];
  /**
   * Drops a generated form that English uses as another word ("scared" from "scar"); forms an
   * entry lists itself are never dropped. Build scripts pass one (see other-words.ts).
   */
  dropDerivedForm?: DerivedFormFilter;
  /**
   * Whether a word (lower case) is one writers put in capitals for emphasis (frequency.ts
   * emphasisWordCheck): an abbreviation spelled so ("OR") never stands in for its meanings without
   * its cue words (see CompiledEntry.meanings). Without it every abbreviation with senses may.
   */
  isEmphasisWord?: (word: string) => boolean;
}

export interface CompiledEntry {
  id: string;
  packId: string;
  term: string;
  /** How familiar the word is; entries without one (users' own) count as technical: always shown. */
  level: Level;
  /** Muted by the user: its words are claimed silently (present only when true). */
  muted?: true;
  /** Folded phrases in which the entry's words mean something else (present only when some). */
  notIn?: string[];
  /**
   * An abbreviation with two or more senses, not spelled as a word of emphasis ("OR"): on a page
   * about health it is shown even without its cue words, and its card lists the meanings rather
   * than guessing (matcher.ts). Present only when true.
   */
  meanings?: true;
  /**
   * On a page about health its words need no context words (GlossaryEntry.freeOnHealthPages); an
   * abbreviation among them only in a sentence with a small letter, and never one spelled as a word
   * of emphasis, as for `meanings`. Present only when true and the entry has context words.
   */
  freeOnHealthPages?: true;
  /**
   * Its abbreviations wait for the entry's own context words wherever they stand: a technical term
   * in their sentence does not stand in for them (GlossaryEntry.ownContextOnly). Present only when
   * true and the entry has context words; such an entry is never free on health pages and never
   * lists its meanings without a cue.
   */
  ownContextOnly?: true;
  /**
   * A word of lab and pathology reports (category lab-reports) with context words: on a page about
   * health, written as a report's section heading ("IMPRESSION:"), it needs none (report-heading.ts).
   * Present only when true.
   */
  reportWord?: true;
  /**
   * The entry's abbreviations spelled as one of the commonest English words ("an" for AN, anorexia
   * nervosa; "as" for AS), lower case (present only when some, and only where the build gives
   * CompileOptions.isEmphasisWord). In a sentence without a small letter, a heading or shouted
   * text, such letters are the word itself: the matcher never reads them as the abbreviation there.
   */
  spelledWords?: string[];
}

type EntrySource = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'level' | 'notIn' | 'senses' | 'caseSensitive' | 'context' | 'freeOnHealthPages' | 'ownContextOnly' | 'category'>;

/** What the tables keep of an entry (not muted). `isEmphasisWord` as in CompileOptions. */
export function compiledEntry(source: EntrySource, packId: string, isEmphasisWord?: (word: string) => boolean): CompiledEntry {
  const entry: CompiledEntry = { id: source.id, packId, term: source.term, level: source.level ?? 'technical' };
  const abbreviations = abbreviationsOf(source);
  // The abbreviations spelled as a word writers put in capitals for emphasis ("OR").
  const spelledWords = isEmphasisWord === undefined ? [] : unique(abbreviations.map((written) => written.toLowerCase()).filter(isEmphasisWord));
  const hasContext = (source.context ?? []).length > 0;
  const ownContextOnly = source.ownContextOnly === true && hasContext;
  if (ownContextOnly) entry.ownContextOnly = true;
  else {
    if (listsMeanings(source, abbreviations) && spelledWords.length === 0) entry.meanings = true;
    if (source.freeOnHealthPages === true && hasContext && spelledWords.length === 0) entry.freeOnHealthPages = true;
  }
  if (source.category === 'lab-reports' && hasContext) entry.reportWord = true;
  if (spelledWords.length > 0) entry.spelledWords = spelledWords;
  // The background runs this for every bundled entry at start: most have no notIn and cost nothing here.
  if (source.notIn === undefined || source.notIn.length === 0) return entry;
  const notIn = unique(source.notIn.map(foldTerm).filter((phrase) => phrase !== ''));
  if (notIn.length > 0) entry.notIn = notIn;
  return entry;
}

/** See CompiledEntry.meanings: an entry with senses and abbreviations (case-sensitive names); not those spelled as words of emphasis (compiledEntry). */
function listsMeanings(source: EntrySource, abbreviations: readonly string[]): boolean {
  return source.senses !== undefined && source.senses.length >= 2 && abbreviations.length > 0;
}

/** The entry's names written as abbreviations: case-sensitive, or capitals throughout. */
function abbreviationsOf(source: EntrySource): string[] {
  return [source.term, ...source.aliases].filter((written) => matchesOnlyAsWritten(source, written));
}

/**
 * Which entries claim each form. Form f's owners are at [start[f], start[f + 1]), best first; the
 * exact-case text an owner slot needs, if any, is exactOf(owners, slot) (owner-exact.ts).
 */
interface CompiledOwners extends OwnerExact {
  start: number[];
  entry: number[];
  /** The owner slots, ascending, whose form matches without the entry's context words (its `contextFree`). */
  free: number[];
}

/**
 * Entry e's context forms, folded, are forms[start[e] .. start[e + 1]), items of one joined string
 * (joined-items.ts; contextFormsOf reads them); none means no context rule. The string holds no
 * character beyond Latin-1 (see oneByteItem), so engines store it at one byte per character.
 */
export interface CompiledContext {
  start: number[];
  forms: string;
}

/** Entry e's context forms. */
export function contextFormsOf(context: CompiledContext, entry: number): string[] {
  return splitItems(context.forms.slice(context.start[entry], context.start[entry + 1])).map(fromOneByteItem);
}

/** Marks an item oneByteItem encoded: a control character, which no form of the pack holds. */
const WIDE_ITEM = '\u0001';
const WIDE_UNIT = /[\u0100-\uffff]/;
const ESCAPED_UNITS = /[\u0100-\uffff%]/g;
const ESCAPE = /%([0-9a-f]{4})/g;

/**
 * A context form as the joined string keeps it. One character beyond Latin-1 anywhere in a
 * string makes JavaScript engines store all of it at two bytes per character: with 141,000
 * context forms, a dozen such forms ("μg/l", "blood–brain") doubled the 1.7-million-character
 * string in the heap of the background and of the PDF reader. Those few forms are kept behind
 * WIDE_ITEM instead, each such unit (and each % sign) written as % and four hex digits; so is a
 * form that itself begins with WIDE_ITEM (a user's glossary may hold anything), so that every
 * item reads back as written.
 */
function oneByteItem(form: string): string {
  if (!WIDE_UNIT.test(form) && !form.startsWith(WIDE_ITEM)) return form;
  return WIDE_ITEM + form.replace(ESCAPED_UNITS, (unit) => `%${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A context item as the joined string keeps it (oneByteItem), as the form it stands for. */
export function fromOneByteItem(item: string): string {
  if (!item.startsWith(WIDE_ITEM)) return item;
  return item.slice(WIDE_ITEM.length).replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The tables' layout; stored tables of another format are rebuilt (see CompiledGlossary.format). */
export const TABLES_FORMAT = 11;

export interface CompiledGlossary {
  /**
   * 11 since entries carry `ownContextOnly`; 10 since `possessive` is a string and owners keep exact texts sparsely (exactAt, exactText); 9 since the context words' string holds only Latin-1 (oneByteItem) and entries carry `spelledWords`; 8 since entries carry `freeOnHealthPages` and `reportWord`; 7 since entries carry `meanings`; 6 since owners carry `free` (a form may skip its entry's context words); 5 since the trie's edge labels and the context words are one string each (4: aliases carry their own level; 3: the first-word index also holds the forms' second
   * words; 2: the first-word index, which replaced the scan RegExp); stored tables of another format are rebuilt.
   */
  format: typeof TABLES_FORMAT;
  entries: CompiledEntry[];
  trie: CompiledTrie;
  owners: CompiledOwners;
  /**
   * Character f is "1" where form f also matches with "'s" after it (same owners), which then has
   * no form of its own, else "0": one byte per form, where a list of 77,000 numbers held a third
   * of a megabyte of the heap of whoever parses the tables.
   */
  possessive: string;
  context: CompiledContext;
  /** The forms' first words, hashed (first-words.ts), built here so no matcher walks the trie for them at start-up. */
  firstWords: CompiledFirstWords;
  /**
   * The forms of aliases with a level of their own: less familiar than their entry ("epistaxis" for
   * a nosebleed) or more ("Tylenol" for acetaminophen), keyed by levels.ts's aliasLevelKey (entry
   * index and folded form): the level they are underlined at.
   */
  aliasLevels: Record<string, Level>;
}

/** One (form, entry) pair before the tables are built; also what a brute-force reference matcher needs. */
export interface SurfaceForm {
  /** Folded key: lower case, no accents, single spaces. */
  key: string;
  entry: number;
  exact: string;
  /** Lower sorts first when several entries claim one form. */
  rank: number;
  /** Made by the variant rules (a plural, a join), not written in the entry. */
  derived: boolean;
  /** Matches without the entry's context words (made from a word of its `contextFree`). */
  free: boolean;
}

export interface ExpandedGlossary {
  entries: CompiledEntry[];
  forms: SurfaceForm[];
  context: string[][];
  aliasLevels: Record<string, Level>;
}

// Entries with a stricter rule are tried before looser ones that share the form, and a form an
// entry lists itself beats a form generated for another entry.
const RANK_EXACT = 0;
const RANK_CONTEXT = 2;
const RANK_PLAIN = 4;
const RANK_DERIVED = 1;
/** Subtracted from the rank of a word an overriding input's entry lists itself. */
const RANK_OVERRIDE = 8;
/**
 * Added to every claim of a muted entry: another entry's claim to the very same words goes first
 * (muting my own "kidney" brings the bundled one back), while a muted entry's longer words still
 * beat the shorter words inside them, as longest-first matching does for any entry.
 */
const RANK_MUTED = 32;

type Visit = (key: string, entry: number, exact: string, rank: number, derived: boolean, free: boolean) => void;

/** Walks every (form, entry) claim, with muted entries marked and disabled packs left out. */
function expand(inputs: readonly CompileInput[], options: CompileOptions, visit: Visit): Omit<ExpandedGlossary, 'forms'> {
  try {
    return expandEntries(inputs, options, visit);
  } finally {
    clearVariantCaches();
  }
}

function expandEntries(inputs: readonly CompileInput[], options: CompileOptions, visit: Visit): Omit<ExpandedGlossary, 'forms'> {
  const muted = new Set(options.mutedIds ?? []);
  const disabled = new Set(options.disabledPackIds ?? []);
  const entries: CompiledEntry[] = [];
  const context: string[][] = [];
  const aliasLevels: Record<string, Level> = {};
  for (const input of inputs) {
    if (disabled.has(input.packId)) continue;
    for (const source of input.entries) {
      const isMuted = muted.has(source.id) || muted.has(`${input.packId}:${source.id}`);
      const entry = entries.length;
      entries.push({ ...compiledEntry(source, input.packId, options.isEmphasisWord), ...(isMuted ? { muted: true as const } : {}) });
      const contextForms = unique((source.context ?? []).flatMap((word) => termVariants(foldTerm(word))));
      context.push(contextForms);
      const contextFree = contextForms.length > 0 && source.contextFree !== undefined && source.contextFree.length > 0 ? new Set(source.contextFree) : null;
      const variantOptions = { action: source.category === 'symptoms' };
      // Variant lists start with the form as written (canonicalized); the rest are derived.
      const drop = options.dropDerivedForm;
      const add = (written: string, exact: boolean, variants: readonly string[], derived = false) => {
        const free = contextFree !== null && contextFree.has(written);
        const looseRank = contextForms.length > 0 && !free ? RANK_CONTEXT : RANK_PLAIN;
        variants.forEach((variant, i) => {
          if (derived && drop && i > 0 && !exact && drop(variant, variants[0]!)) return;
          const rank = (exact ? RANK_EXACT : looseRank) + (i === 0 ? (input.overrides ? -RANK_OVERRIDE : 0) : RANK_DERIVED) + (isMuted ? RANK_MUTED : 0);
          // Case-insensitive variants were generated from the folded term, so they are keys already.
          visit(exact ? foldTerm(variant) : variant, entry, exact ? variant : '', rank, i > 0, free);
        });
      };
      const isExact = (written: string) => matchesOnlyAsWritten(source, written);
      const keysOf = (exact: boolean, variants: readonly string[]) => (exact ? variants.map(foldTerm) : variants);
      const ownKeys = new Set<string>();
      const ownLevels: { level: Level; keys: readonly string[] }[] = [];
      for (const written of [source.term, ...source.aliases]) {
        const exact = isExact(written);
        const variants = termVariants(exact ? written : foldTerm(written), { ...variantOptions, eponym: startsWithName(written), joinedNames: joinsNames(written) });
        add(written, exact, variants, true);
        // Own keys only: an alias may be any text, "constructor" included.
        const level = written !== source.term && source.aliasLevels && Object.hasOwn(source.aliasLevels, written) ? source.aliasLevels[written] : undefined;
        if (level !== undefined && level !== entries[entry]!.level) ownLevels.push({ level, keys: keysOf(exact, variants) });
        else for (const key of keysOf(exact, variants)) ownKeys.add(key);
      }
      for (const written of source.forms) {
        const literal = literalVariants(written);
        add(written, isExact(written), isExact(written) ? literal : unique(literal.map(foldTerm)));
        for (const variant of literal) ownKeys.add(foldTerm(variant));
      }
      // A word the term or an alias at the entry's level also makes ("syncopes" from both) keeps the entry's level.
      for (const { level, keys } of ownLevels) {
        for (const key of keys) if (!ownKeys.has(key)) aliasLevels[aliasLevelKey(entry, key)] = level;
      }
    }
  }
  return { entries, context, aliasLevels };
}

/** Entries and every form they claim, muted entries marked, disabled packs left out. */
export function expandGlossary(inputs: readonly CompileInput[], options: CompileOptions = {}): ExpandedGlossary {
  const forms: SurfaceForm[] = [];
  const rest = expand(inputs, options, (key, entry, exact, rank, derived, free) => forms.push({ key, entry, exact, rank, derived, free }));
  const byKey = new Map<string, SurfaceForm[]>();
  for (const form of forms) {
    const group = byKey.get(form.key);
    if (group) group.push(form);
    else byKey.set(form.key, [form]);
  }
  return { ...rest, forms: forms.filter((form) => !isShadowed(form, byKey.get(form.key)!, FORM_VIEW)) };
}

/**
 * A form the variant rules made for one entry is no claim where another entry writes that very
 * word (case aside): "retina" joined from "Retin-A" is the eye's, and when the retina entry's cue
 * words are missing the word stays plain rather than going to tretinoin.
 */
function isShadowed<T>(claim: T, group: readonly T[], view: ClaimView<T>): boolean {
  return view.derived(claim) && group.some((other) => !view.derived(other) && view.exact(other) === '' && view.entry(other) !== view.entry(claim));
}

/** How isShadowed reads a claim: a SurfaceForm, or an index into the compiler's claim arrays. */
interface ClaimView<T> {
  derived(claim: T): boolean;
  exact(claim: T): string;
  entry(claim: T): number;
}

const FORM_VIEW: ClaimView<SurfaceForm> = { derived: (form) => form.derived, exact: (form) => form.exact, entry: (form) => form.entry };

/** Compiles glossaries into matcher tables: plain JSON-safe data, no functions and no RegExp source. */
export function compile(inputs: readonly CompileInput[], options: CompileOptions = {}): CompiledGlossary {
  const claims: Claims = { tagged: [], entry: [], exact: [], rank: [], derived: [], free: [] };
  const expanded = expand(inputs, options, (key, entry, exact, rank, derived, free) => {
    claims.tagged.push(key + String.fromCharCode(0, claims.entry.length >>> 16, claims.entry.length & 0xffff));
    claims.entry.push(entry);
    claims.exact.push(exact);
    claims.rank.push(rank);
    claims.derived.push(derived);
    claims.free.push(free);
  });
  const groups = groupByKey(claims);
  const { dropped, flagged } = foldPossessives(groups, claims);

  const keys: string[] = [];
  let possessive = '';
  const owners: CompiledOwners = { start: [], entry: [], exactAt: [], exactText: [], free: [] };
  groups.keys.forEach((key, g) => {
    if (dropped[g] === 1) return;
    keys.push(key);
    possessive += flagged[g] === 1 ? '1' : '0';
    owners.start.push(owners.entry.length);
    for (let k = groups.start[g]!; k < groups.start[g + 1]!; k++) {
      if (claims.free[groups.members[k]!]) owners.free.push(owners.entry.length);
      const exact = claims.exact[groups.members[k]!]!;
      if (exact !== '') {
        owners.exactAt.push(owners.entry.length);
        owners.exactText.push(exact);
      }
      owners.entry.push(claims.entry[groups.members[k]!]!);
    }
  });
  owners.start.push(owners.entry.length);

  const context: CompiledContext = { start: [], forms: '' };
  const perEntry = expanded.context.map((forms) => joinItems(forms.map(oneByteItem)));
  let contextLength = 0;
  for (const joined of perEntry) {
    context.start.push(contextLength);
    contextLength += joined.length;
  }
  context.start.push(contextLength);
  context.forms = perEntry.join('');
  const trie = buildTrie(keys);
  const firstWords = firstWordsOf(keys, (form) => needsCapital(owners, form));
  return { format: TABLES_FORMAT, entries: expanded.entries, trie, owners, possessive, context, firstWords, aliasLevels: expanded.aliasLevels };
}

/** Whether every entry that claims the form must be written with a capital in its first word ("OR", "A-fib"). */
function needsCapital(owners: CompiledOwners, form: number): boolean {
  for (let o = owners.start[form]!; o < owners.start[form + 1]!; o++) {
    const exact = exactOf(owners, o);
    if (exact === '' || !firstWordHasCapital(exact)) return false;
  }
  return true;
}

/**
 * Claims as parallel arrays, found again through a tag on their key: a 10,000-entry glossary makes
 * ~70,000 claims, and one native sort of tagged keys both orders the forms for the trie and brings
 * each form's claims together, cheaper than a Map plus a sort (and an object per claim would cost
 * more in garbage collection than the rest of compiling). The tag is NUL, which sorts before any
 * character of a key (foldTerm drops it from terms), then two units of claim index.
 */
interface Claims {
  tagged: string[];
  entry: number[];
  exact: string[];
  rank: number[];
  derived: boolean[];
  free: boolean[];
}

interface Groups {
  /** Distinct keys, sorted. */
  keys: string[];
  /** Key g's claims are members[start[g] .. start[g + 1]), best first. */
  start: number[];
  members: number[];
}

/** Sorts the claims and groups them by key, best rank first, each (entry, exact) once. */
function groupByKey(claims: Claims): Groups {
  const view: ClaimView<number> = { derived: (c) => claims.derived[c]!, exact: (c) => claims.exact[c]!, entry: (c) => claims.entry[c]! };
  claims.tagged.sort();
  const keys: string[] = [];
  const start: number[] = [];
  const members: number[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length > 1) group.sort((a, b) => claims.rank[a]! - claims.rank[b]! || claims.entry[a]! - claims.entry[b]!);
    start.push(members.length);
    const groupStart = members.length;
    for (const c of group) {
      // A shadowed claim is no claim, so it frees nothing either.
      if (group.length > 1 && isShadowed(c, group, view)) continue;
      // The same words claimed twice by one entry (its gated term's plural and a free form): one
      // claim, at the better rank, free if either is.
      let same = -1;
      for (let k = groupStart; k < members.length && same < 0; k++) if (claims.entry[members[k]!] === claims.entry[c] && claims.exact[members[k]!] === claims.exact[c]) same = members[k]!;
      if (same < 0) members.push(c);
      else if (claims.free[c]) claims.free[same] = true;
    }
    group = [];
  };
  let previous = '';
  for (const item of claims.tagged) {
    // Same key as the previous claim: no need to cut the key out again.
    const same = group.length > 0 && item.length - 3 === previous.length && item.startsWith(previous);
    if (!same) {
      if (group.length > 0) flush();
      previous = item.slice(0, item.length - 3);
      keys.push(previous);
    }
    group.push((item.charCodeAt(item.length - 2) << 16) | item.charCodeAt(item.length - 1));
  }
  if (group.length > 0) flush();
  start.push(members.length);
  return { keys, start, members };
}

/**
 * A third of all forms are possessives ("artery's"). When one is claimed by exactly the entries
 * that claim its base form, in the same order and with no case rule, it becomes a flag on the base
 * instead of a form of its own: a smaller trie, smaller tables, the same matches.
 */
function foldPossessives(groups: Groups, claims: Claims): { dropped: Uint8Array; flagged: Uint8Array } {
  const { keys, start, members } = groups;
  const dropped = new Uint8Array(keys.length);
  const flagged = new Uint8Array(keys.length);
  const sameOwners = (a: number, b: number) => {
    const length = start[a + 1]! - start[a]!;
    if (length !== start[b + 1]! - start[b]!) return false;
    for (let k = 0; k < length; k++) {
      const ca = members[start[a]! + k]!;
      const cb = members[start[b]! + k]!;
      if (claims.exact[ca] !== '' || claims.exact[cb] !== '' || claims.entry[ca] !== claims.entry[cb] || claims.free[ca] !== claims.free[cb]) return false;
    }
    return true;
  };
  // In sorted order every key between "x" and "x's" starts with "x", so the keys that are prefixes
  // of the current one form a stack, and a possessive's base, if any, is on it.
  const prefixes: number[] = [];
  keys.forEach((key, g) => {
    while (prefixes.length > 0 && !key.startsWith(keys[prefixes[prefixes.length - 1]!]!)) prefixes.pop();
    if (key.endsWith("'s")) {
      for (let i = prefixes.length - 1; i >= 0; i--) {
        const base = prefixes[i]!;
        if (keys[base]!.length !== key.length - 2) continue;
        if (sameOwners(g, base)) {
          dropped[g] = 1;
          flagged[base] = 1;
        }
        break;
      }
    }
    prefixes.push(g);
  });
  return { dropped, flagged };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
