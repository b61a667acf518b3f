/**
 * A labelled best guess for a rare medical word the glossary does not hold, from its Greek and
 * Latin parts: "pyelonephritis" → pyelo (the kidney's collecting basin) + nephr (kidney) + itis
 * (inflammation). Pure: no browser or node APIs, the table and the word list come from the caller.
 *
 * The caller's duties:
 * - explain words from the glossary first, and call `decompose` only for words it does not hold
 *   (a glossary entry is reviewed; this is a guess and must be labelled as one);
 * - pass `isCommonWord`, built from a general-English frequency list (glossary/frequency.ts
 *   `isCommonWord` with the SUBTLEX-US ranks), so everyday words are never touched.
 *
 * Cost: `compileWordParts` is O(total letters in the table), once. `decompose` is
 * O(n × L × k) for a word of n letters (capped at MAX_WORD_LETTERS), L the longest part (≈ 12) and
 * k the spellings that end at one trie node (≤ 3), with a handful of states per letter; nothing is
 * cached between calls, so memory does not grow with the page. Rejections by length, letters and
 * `isCommonWord` cost almost nothing, and they are tried first.
 */
import { isCommonWord, type RankOf } from '../frequency';
import type { PartKind, WordPartRow } from './schema';

export type { WordPartRow } from './schema';

/** One part of a decomposed word. The `text`s joined give the word (lower-cased). */
export interface FoundPart {
  /** The letters of the word this part covers, with a linking vowel that follows it ("cardio"). */
  text: string;
  /** The table's spelling ("hem" for "haemo", "cardi" for "cardio"). */
  part: string;
  kind: PartKind;
  meaning: string;
}

export interface Decomposition {
  parts: FoundPart[];
  /** One plain sentence, only where a simple template fits: "Softening of the bone." */
  sentence?: string;
}

export interface DecomposeEnv {
  /** True for a word that general English uses often (see glossary/frequency.ts `isCommonWord`). */
  isCommonWord(word: string): boolean;
}

/**
 * Words ranked below this in SUBTLEX-US (more frequent) count as common for this feature:
 * stricter than the glossary's COMMON_WORD_RANK (15,000), because a guess at a word most readers
 * have met ("vasectomy", "narcotic", ranks 15,000-20,000) helps nobody, and a wrong one costs trust.
 */
export const WORD_PARTS_COMMON_RANK = 20_000;

/** The environment a caller builds once from a frequency list (the SUBTLEX-US ranks). */
export function wordPartsEnv(rankOf: RankOf, limit = WORD_PARTS_COMMON_RANK): DecomposeEnv {
  return { isCommonWord: (word) => isCommonWord(word, rankOf, limit) };
}

/** Shorter words are too often ordinary English ("nephew", "antic"). */
export const MIN_WORD_LETTERS = 7;
/** Longer "words" are not words (URLs, hashes, run-together text); this bounds the work too. */
export const MAX_WORD_LETTERS = 40;
/** Vowels that may follow a root to join it to the next part ("gastr-o-enter-itis", "oste-o-myel-itis"). */
const LINKING_VOWELS = 'oia';

interface Hit {
  row: number;
  kind: PartKind;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: Hit[];
}

export interface CompiledWordParts {
  readonly rows: readonly WordPartRow[];
  readonly trie: TrieNode;
}

/** Builds the lookup once; reuse it for every word. */
export function compileWordParts(table: readonly WordPartRow[]): CompiledWordParts {
  const trie: TrieNode = { next: new Map(), hits: [] };
  table.forEach((row, index) => {
    for (const spelling of new Set([row.part, ...(row.variants ?? [])])) {
      let node = trie;
      for (const letter of spelling) {
        let child = node.next.get(letter);
        if (!child) node.next.set(letter, (child = { next: new Map(), hits: [] }));
        node = child;
      }
      if (!node.hits.some((hit) => hit.kind === row.kind)) node.hits.push({ row: index, kind: row.kind });
    }
  });
  return { rows: table, trie };
}

/** Where a split stands: still in the prefix run, in the roots, or in the closing suffixes. */
const START = 0;
const PREFIXES = 1;
const ROOTS = 2;
const SUFFIXES = 3;
const PHASES = 4;

interface State {
  /** Fewer is better. */
  parts: number;
  /** Sum of squared part lengths: larger means longer parts. */
  weight: number;
  /** Fewer linking vowels is better. */
  linkers: number;
  from: number;
  fromPhase: number;
  row: number;
  /** Where the part's own letters start (after a linking vowel, if the step has one). */
  begin: number;
}

function better(a: State, b: State | undefined): boolean {
  if (!b) return true;
  if (a.parts !== b.parts) return a.parts < b.parts;
  if (a.weight !== b.weight) return a.weight > b.weight;
  return a.linkers < b.linkers;
}

/** The phase after a part of this kind, or -1 when the order of parts forbids it. */
function nextPhase(phase: number, kind: PartKind): number {
  if (kind === 'prefix') return phase === START || phase === PREFIXES ? PREFIXES : -1;
  if (kind === 'root') return phase === SUFFIXES ? -1 : ROOTS;
  // A suffix needs something before it: a root, or a prefix (a prefix + suffix pair: "dys-plasia").
  return phase === START ? -1 : SUFFIXES;
}

/** A part found in the word: its table row and where its own letters start. */
interface Piece {
  row: number;
  begin: number;
  end: number;
}

/**
 * Splits the whole word into known parts, allowing a linking vowel after a root. Fewest parts win,
 * then the longest parts, then the fewest linking vowels. Returns null when no split covers it.
 */
function splitWord(word: string, compiled: CompiledWordParts): Piece[] | null {
  const n = word.length;
  const states: (State | undefined)[] = new Array((n + 1) * PHASES);
  states[START] = { parts: 0, weight: 0, linkers: 0, from: -1, fromPhase: -1, row: -1, begin: 0 };
  for (let at = 0; at < n; at++) {
    for (let phase = 0; phase < PHASES; phase++) {
      const state = states[at * PHASES + phase];
      if (!state) continue;
      // A linking vowel may follow a root only, and only before another part.
      const starts = phase === ROOTS && LINKING_VOWELS.includes(word[at]!) ? [at, at + 1] : [at];
      for (const begin of starts) {
        let node = compiled.trie;
        for (let end = begin; end < n; ) {
          const child = node.next.get(word[end]!);
          if (!child) break;
          node = child;
          end++;
          for (const hit of node.hits) {
            const to = nextPhase(phase, hit.kind);
            if (to < 0) continue;
            const length = end - begin;
            const candidate: State = {
              parts: state.parts + 1,
              weight: state.weight + length * length,
              linkers: state.linkers + (begin - at),
              from: at,
              fromPhase: phase,
              row: hit.row,
              begin,
            };
            const key = end * PHASES + to;
            if (better(candidate, states[key])) states[key] = candidate;
          }
        }
      }
    }
  }
  // The last part must be a root or a suffix.
  const byRoot = states[n * PHASES + ROOTS];
  const bySuffix = states[n * PHASES + SUFFIXES];
  let phase = bySuffix && better(bySuffix, byRoot) ? SUFFIXES : ROOTS;
  if (!states[n * PHASES + phase]) return null;
  const pieces: Piece[] = [];
  for (let at = n; at > 0; ) {
    const state: State = states[at * PHASES + phase]!;
    pieces.push({ row: state.row, begin: state.begin, end: at });
    at = state.from;
    phase = state.fromPhase;
  }
  return pieces.reverse();
}

/**
 * The shape of a medical word: at least one root that is not general, and then a medical (not
 * general) suffix, or a second root joined to a root by a linking vowel the way Greek and Latin
 * compounds are ("psych-o-path", "hepat-o-splen-"). A root of one or two letters ("ot", "my")
 * never ends the word. "photograph", "pneumatic", "android", "polygon", "carpenter" (carp +
 * enter) and "autopilot" (auto + pil + ot) fail it.
 */
function hasMedicalShape(pieces: readonly Piece[], rows: readonly WordPartRow[]): boolean {
  let medicalRoots = 0;
  let medicalSuffix = false;
  let linkedRoots = false;
  rows.forEach((row, index) => {
    if (row.kind === 'root') {
      if (!row.general) medicalRoots++;
      const next = pieces[index + 1];
      if (next && rows[index + 1]!.kind === 'root' && next.begin > pieces[index]!.end) linkedRoots = true;
    } else if (row.kind === 'suffix' && !row.general) medicalSuffix = true;
  });
  const last = pieces.at(-1)!;
  if (rows.at(-1)!.kind === 'root' && last.end - last.begin <= 2) return false;
  return medicalRoots >= 1 && (medicalSuffix || (linkedRoots && medicalRoots >= 2));
}

/** A form of the word to split: the word itself, or its singular with the ending it dropped. */
interface Form {
  form: string;
  /** Letters the singular adds ("y" of "-ectomy" for "-ectomies"). */
  added: string;
  /** Letters of the word the singular drops ("ies"). */
  ending: string;
}

/** The word, then its singulars, tried in turn: "-oses" → "-osis", "-ectomies" → "-ectomy", "-omas" → "-oma". */
function forms(word: string): Form[] {
  const list: Form[] = [{ form: word, added: '', ending: '' }];
  if (word.endsWith('oses')) list.push({ form: `${word.slice(0, -4)}osis`, added: 'osis', ending: 'oses' });
  if (word.endsWith('ies')) list.push({ form: `${word.slice(0, -3)}y`, added: 'y', ending: 'ies' });
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) list.push({ form: word.slice(0, -1), added: '', ending: 's' });
  if (word.endsWith('es')) list.push({ form: word.slice(0, -2), added: '', ending: 'es' });
  return list;
}

/** "Inflammation of the …." templates, for a word of sites followed by one medical suffix. */
const TEMPLATES: Readonly<Record<string, (sites: string) => string>> = {
  itis: (sites) => `Inflammation of ${sites}.`,
  ectomy: (sites) => `Surgical removal of ${sites}.`,
  otomy: (sites) => `A surgical cut into ${sites}.`,
  ostomy: (sites) => `A surgical opening into ${sites}.`,
  plasty: (sites) => `Surgical repair of ${sites}.`,
  pexy: (sites) => `Surgery that fixes ${sites} in place.`,
  rrhaphy: (sites) => `Surgical stitching of ${sites}.`,
  centesis: (sites) => `A puncture to draw fluid from ${sites}.`,
  scopy: (sites) => `Looking inside ${sites}.`,
  graphy: (sites) => `Imaging of ${sites}.`,
  gram: (sites) => `A recorded image of ${sites}.`,
  megaly: (sites) => `Enlargement of ${sites}.`,
  malacia: (sites) => `Softening of ${sites}.`,
  ptosis: (sites) => `Drooping of ${sites}.`,
  algia: (sites) => `Pain in ${sites}.`,
  dynia: (sites) => `Pain in ${sites}.`,
  pathy: (sites) => `Disease of ${sites}.`,
  sclerosis: (sites) => `Hardening of ${sites}.`,
  stenosis: (sites) => `Narrowing of ${sites}.`,
  ectasis: (sites) => `Widening of ${sites}.`,
  rrhea: (sites) => `A flow or discharge from ${sites}.`,
  rrhage: (sites) => `Heavy bleeding from ${sites}.`,
  rrhexis: (sites) => `Rupture of ${sites}.`,
  cele: (sites) => `A bulge of ${sites}.`,
  spasm: (sites) => `An involuntary tightening of ${sites}.`,
  plegia: (sites) => `Paralysis of ${sites}.`,
  paresis: (sites) => `Partial weakness of ${sites}.`,
  edema: (sites) => `Swelling of ${sites} with fluid.`,
};

const withArticle = (meaning: string) => (meaning.startsWith('the ') ? meaning : `the ${meaning}`);

/**
 * A sentence only for the plainest shape: one or two sites (body parts, or blood, bile…) and one
 * suffix that has a template. Prefixes, adjectives ("red", "hard") and extra suffixes change the
 * sense in ways a template cannot say honestly, so those words get the parts only.
 */
function sentenceFor(rows: readonly WordPartRow[]): string | undefined {
  const last = rows.at(-1)!;
  const template = last.kind === 'suffix' ? TEMPLATES[last.part] : undefined;
  const sites = rows.slice(0, -1);
  if (!template || sites.length === 0 || sites.length > 2 || !sites.every((row) => row.kind === 'root' && row.site)) return undefined;
  if (sites.length === 2 && (sites[0]!.part === sites[1]!.part || sites.some((row) => row.meaning.includes(',')))) return undefined;
  return template(sites.map((row) => withArticle(row.meaning)).join(' and '));
}

function found({ form, added, ending }: Form, pieces: readonly Piece[], rows: readonly WordPartRow[]): FoundPart[] {
  // A linking vowel belongs to the part before it: "cardi" + "o" reads as "cardio".
  return pieces.map((piece, index) => {
    const row = rows[piece.row]!;
    const last = index === pieces.length - 1;
    const text = last ? form.slice(piece.begin, form.length - added.length) + ending : form.slice(piece.begin, pieces[index + 1]!.begin);
    return { text, part: row.part, kind: row.kind, meaning: row.meaning };
  });
}

/**
 * The labelled best guess for one word, or null when the word is common English, not shaped like
 * a medical word, or does not split fully into known parts. See the file comment for the caller's
 * duties (glossary first) and the cost.
 */
export function decompose(word: string, compiled: CompiledWordParts, env: DecomposeEnv): Decomposition | null {
  if (word.length < MIN_WORD_LETTERS || word.length > MAX_WORD_LETTERS) return null;
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return null;
  if (env.isCommonWord(lower)) return null;
  for (const form of forms(lower)) {
    const pieces = splitWord(form.form, compiled);
    if (!pieces) continue;
    const rows = pieces.map((piece) => compiled.rows[piece.row]!);
    if (!hasMedicalShape(pieces, rows)) return null;
    const parts = found(form, pieces, compiled.rows);
    const sentence = sentenceFor(rows);
    return sentence ? { parts, sentence } : { parts };
  }
  return null;
}
