import * as v from 'valibot';
import { BUNDLED_CATEGORY_IDS, type CategoryId } from './categories';
import { contextFreeMistakes, idleFreeOnHealthPages, idleOwnContextOnly } from './context-free';
import { canonicalExact, foldTerm } from './normalize';
import { idleNotInPhrases } from './not-in-check';
import { fleschKincaidGrade } from './readability';
import { EntrySchema, PackManifestSchema, type GlossaryEntry } from './schema';
import { matchesOnlyAsWritten } from './variants';

/** One problem, naming where it is: file, entry and field. */
export interface PackProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export const MIN_ENTRIES = 2000;
export const MIN_PER_CATEGORY = 30;
export const MAX_AVERAGE_GRADE = 7;
export const MAX_GRADE = 10;
/** Links a card offers to related entries: a few good ones, not a list to scroll. */
const MAX_RELATED = 5;
/**
 * The bundled pack's longer text stays a card's worth (the writing guide); the schema's limit
 * (LIMITS.explanationChars) is the looser one for readers' own glossaries.
 */
const MAX_EXPLANATION_CHARS = 600;

/** The seed topic every release must explain (issue 3). */
export const SEED_TERMS = [
  'muscle spasm', 'muscle cramp', 'twitch', 'fasciculation', 'tendon', 'ligament', 'dehydration', 'electrolyte',
  'calcium', 'magnesium', 'potassium', 'sodium', 'arteriosclerosis', 'atherosclerosis', 'artery', 'vein', 'nerve',
  'pinched nerve', 'compressed nerve', 'spine', 'protein', 'mineral', 'deficiency', 'supplement',
];

/** Who writes a surface form, and in which case when the entry matches it only as written (else ''). */
interface SurfaceOwner {
  id: string;
  exact: string;
}

/**
 * Two entries may share a form's letters only when each matches it in its own case and the cases
 * differ: "mg" (milligrams, written small) and "MG" (myasthenia gravis) never meet in a text, as
 * the matcher compares such claims with the text as written. A form matched in any case belongs to
 * one entry alone.
 */
function ownersClash(a: SurfaceOwner, b: SurfaceOwner): boolean {
  return a.exact === '' || b.exact === '' || a.exact === b.exact;
}

/** The engine's own folding, plus hyphens as spaces: "heart-beat" and "heart beat" are one form. */
export function foldSurface(text: string): string {
  return foldTerm(text).replace(/-/g, ' ');
}

/** Abbreviations (HTN, A1C, ECG) are said letter by letter, so they need no respelling. */
function isAbbreviation(term: string): boolean {
  return term.length <= 10 && !/\s/.test(term) && (term.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

export interface CheckedPack {
  entries: { file: string; entry: GlossaryEntry }[];
  problems: PackProblem[];
}

/** Validates every file of a pack, and the rules that span files. Never throws: it reports. */
export function checkPack(manifest: unknown, files: ReadonlyMap<string, unknown>): CheckedPack {
  const problems: PackProblem[] = [];
  const entries: { file: string; entry: GlossaryEntry }[] = [];
  const manifestResult = v.safeParse(PackManifestSchema, manifest);
  if (!manifestResult.success) {
    for (const issue of manifestResult.issues) problems.push({ file: 'pack.json', entry: '-', field: v.getDotPath(issue) ?? '-', message: issue.message });
  }
  for (const [file, json] of files) {
    if (!Array.isArray(json)) {
      problems.push({ file, entry: '-', field: '-', message: 'must be a JSON array of entries' });
      continue;
    }
    json.forEach((item, index) => {
      const result = v.safeParse(EntrySchema, item);
      const name = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : `#${index}`;
      if (!result.success) {
        for (const issue of result.issues) problems.push({ file, entry: name, field: v.getDotPath(issue) ?? '-', message: issue.message });
      } else entries.push({ file, entry: result.output });
    });
  }

  const ids = new Map<string, string>();
  for (const { file, entry } of entries) {
    if (ids.has(entry.id)) problems.push({ file, entry: entry.id, field: 'id', message: `duplicate id, also in ${ids.get(entry.id)}` });
    ids.set(entry.id, file);
    // A category may span several files: "cancer.json", "cancer.2.json".
    const fileCategory = file.replace(/\.json$/, '').split('.')[0];
    if (fileCategory !== entry.category) problems.push({ file, entry: entry.id, field: 'category', message: `is ${entry.category} but the entry lives in ${file}` });
  }
  const surfaces = new Map<string, SurfaceOwner[]>();
  for (const { file, entry } of entries) {
    if (entry.related.length > MAX_RELATED) problems.push({ file, entry: entry.id, field: 'related', message: `lists ${entry.related.length} entries; at most ${MAX_RELATED}` });
    for (const related of entry.related) {
      if (!ids.has(related)) problems.push({ file, entry: entry.id, field: 'related', message: `unknown id "${related}"` });
      if (related === entry.id) problems.push({ file, entry: entry.id, field: 'related', message: 'lists itself' });
    }
    for (const [field, forms] of [['term', [entry.term]], ['aliases', entry.aliases], ['forms', entry.forms]] as const) {
      for (const form of forms) {
        const key = foldSurface(form);
        const claim: SurfaceOwner = { id: entry.id, exact: matchesOnlyAsWritten(entry, form) ? canonicalExact(form) : '' };
        const owners = surfaces.get(key) ?? [];
        const clash = owners.find((owner) => owner.id !== entry.id && ownersClash(owner, claim));
        if (clash) problems.push({ file, entry: entry.id, field, message: `"${form}" also belongs to ${clash.id}` });
        else surfaces.set(key, [...owners, claim]);
      }
    }
    const grade = fleschKincaidGrade(entry.short);
    if (grade > MAX_GRADE) problems.push({ file, entry: entry.id, field: 'short', message: `reading grade ${grade.toFixed(1)} is above ${MAX_GRADE}` });
    const sentences = entry.explanation.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
    if (sentences < 2 || sentences > 4) problems.push({ file, entry: entry.id, field: 'explanation', message: `has ${sentences} sentences; 2 to 4 are wanted` });
    if (entry.explanation.length > MAX_EXPLANATION_CHARS) {
      problems.push({ file, entry: entry.id, field: 'explanation', message: `has ${entry.explanation.length} characters; at most ${MAX_EXPLANATION_CHARS}` });
    }
    if (!entry.level) problems.push({ file, entry: entry.id, field: 'level', message: 'is missing; every bundled entry needs everyday, general or technical' });
    // A level either side of the entry's is allowed: "epistaxis" is rarer than a nosebleed, "Tylenol" better known than acetaminophen.
    for (const alias of Object.keys(entry.aliasLevels ?? {})) {
      if (!entry.aliases.includes(alias)) problems.push({ file, entry: entry.id, field: 'aliasLevels', message: `"${alias}" is not one of the entry's aliases` });
    }
    for (const { item, message } of contextFreeMistakes(entry)) problems.push({ file, entry: entry.id, field: 'contextFree', message: `"${item}" ${message}` });
    const idleFree = idleFreeOnHealthPages(entry);
    if (idleFree !== null) problems.push({ file, entry: entry.id, field: 'freeOnHealthPages', message: idleFree });
    const idleOwn = idleOwnContextOnly(entry);
    if (idleOwn !== null) problems.push({ file, entry: entry.id, field: 'ownContextOnly', message: idleOwn });
    if (entry.level === 'technical' && !entry.pronunciation && !isAbbreviation(entry.term)) {
      problems.push({ file, entry: entry.id, field: 'pronunciation', message: 'is missing; every technical entry needs one' });
    }
    for (const sense of entry.senses ?? []) {
      if (sense.related && !ids.has(sense.related)) problems.push({ file, entry: entry.id, field: 'senses.related', message: `unknown id "${sense.related}"` });
      const senseGrade = fleschKincaidGrade(sense.short);
      if (senseGrade > MAX_GRADE) problems.push({ file, entry: entry.id, field: 'senses.short', message: `reading grade ${senseGrade.toFixed(1)} is above ${MAX_GRADE}` });
    }
    for (const phrase of idleNotInPhrases(entry)) {
      problems.push({ file, entry: entry.id, field: 'notIn', message: `"${phrase}" holds none of the entry's words, so it can never take effect` });
    }
    if (/https?:\/\//i.test(entry.source)) problems.push({ file, entry: entry.id, field: 'source', message: 'names a reference; it must not be a URL' });
  }
  return { entries, problems };
}

export interface PackStats {
  total: number;
  perCategory: Record<CategoryId, number>;
  averageGrade: number;
  grades: number[];
}

export function packStats(entries: readonly GlossaryEntry[]): PackStats {
  const perCategory = Object.fromEntries(BUNDLED_CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  const grades = entries.map((entry) => fleschKincaidGrade(entry.short));
  for (const entry of entries) perCategory[entry.category]++;
  return { total: entries.length, perCategory, averageGrade: grades.reduce((a, b) => a + b, 0) / Math.max(1, grades.length), grades };
}

export function formatProblem(problem: PackProblem): string {
  return `${problem.file} › ${problem.entry} › ${problem.field}: ${problem.message}`;
}
