/**
 * Candidate entries (already shaped by the CSV or JSON reader) → valid entries plus problems in
 * plain words. The ONE entry schema decides what is valid; this file only explains its verdicts
 * and adds the checks that need the whole file (duplicate ids, links, clashing terms).
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from '../categories';
import { contextFreeMistakes, idleFreeOnHealthPages, idleOwnContextOnly } from '../context-free';
import { idleNotInPhrases } from '../not-in-check';
import { foldTerm } from '../normalize';
import { EntrySchema, LEVELS, type GlossaryEntry } from '../schema';
import { errorAt, formatCount, ordinal, quote, warningAt } from './issues';
import type { ImportIssue } from './types';

export interface Candidate {
  /** The spreadsheet row (CSV) or 1-based entry number (JSON). */
  number: number;
  input: unknown;
  /** The id was made from the term, so a clash should point at the term, not at an id the user never typed. */
  idFromTerm?: boolean;
}

/** How a file names its places: "row 14, column short" or "entry 3, field short". */
export interface Wording {
  unit: 'row' | 'entry';
  field: 'column' | 'field';
}

export interface Checked {
  entries: { number: number; entry: GlossaryEntry }[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** What each list field holds, for "31 aliases, the limit is 30". */
const LIST_NOUNS: Readonly<Record<string, string>> = {
  aliases: 'aliases',
  forms: 'forms',
  related: 'related ids',
  context: 'context words',
  notIn: 'phrases',
  contextFree: 'context-free words',
};

export function checkCandidates(file: string, wording: Wording, candidates: readonly Candidate[]): Checked {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const entries: Checked['entries'] = [];
  const where = (n: number, field?: string) => [`${wording.unit} ${n}`, ...(field === undefined ? [] : [`${wording.field} ${field}`])];

  for (const candidate of candidates) {
    const parsed = v.safeParse(EntrySchema, candidate.input, { abortPipeEarly: true });
    if (parsed.success) {
      entries.push({ number: candidate.number, entry: canonical(parsed.output) });
      continue;
    }
    // One message per field (or list item): a value that is both too long and oddly typed needs one fix, not two lines.
    const seen = new Set<string>();
    for (const found of parsed.issues) {
      const field = fieldOf(found);
      const item = itemOf(found);
      const key = `${field}\u0000${item}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(
        errorAt(file, { row: candidate.number, field, where: where(candidate.number, field ?? undefined) }, describeIssue(found, wording)),
      );
    }
  }

  const firstById = new Map<string, number>();
  const madeIds = new Set(candidates.filter((c) => c.idFromTerm === true).map((c) => c.number));
  for (const { number, entry } of entries) {
    const first = firstById.get(entry.id);
    if (first === undefined) {
      firstById.set(entry.id, number);
      continue;
    }
    const made = madeIds.has(number);
    errors.push(
      errorAt(
        file,
        { row: number, field: 'id', where: where(number, 'id') },
        made
          ? `the id ${quote(entry.id)}, made from the term, is already used by ${wording.unit} ${first}. Every entry needs its own id: fill in the id ${wording.field} for one of them.`
          : `the id ${quote(entry.id)} is already used by ${wording.unit} ${first}. Every entry needs its own id.`,
      ),
    );
  }

  const firstBySurface = new Map<string, number>();
  for (const { number, entry } of entries) {
    // Links to ids not in this file are kept (they cost nothing) but will never show, so say so.
    for (const relatedId of entry.related) {
      if (!firstById.has(relatedId)) {
        warnings.push(
          warningAt(
            file,
            { row: number, field: 'related', where: where(number, 'related') },
            `no entry in this file has the id ${quote(relatedId)}, so this link will not be shown.`,
          ),
        );
      }
    }
    let clashed = false;
    for (const [field, surface] of [['term', entry.term] as const, ...entry.aliases.map((alias) => ['aliases', alias] as const)]) {
      const key = foldTerm(surface);
      const owner = firstBySurface.get(key);
      if (owner === undefined) firstBySurface.set(key, number);
      else if (owner !== number && !clashed) {
        clashed = true;
        warnings.push(
          warningAt(
            file,
            { row: number, field, where: where(number, field) },
            `${quote(surface)} is also a term or alias in ${wording.unit} ${owner}, so both entries will claim the same words on a page.`,
          ),
        );
      }
    }
    for (const alias of Object.keys(entry.aliasLevels ?? {})) {
      if (!entry.aliases.includes(alias)) {
        errors.push(
          errorAt(
            file,
            { row: number, field: 'aliasLevels', where: where(number, 'aliasLevels') },
            `${quote(alias)} is not one of this entry's aliases. Each name here must be written exactly as in aliases.`,
          ),
        );
      }
    }
    for (const { item, kind, message } of contextFreeMistakes(entry)) {
      const at = { row: number, field: 'contextFree', where: where(number, 'contextFree') };
      if (kind === 'stray') errors.push(errorAt(file, at, `${quote(item)} ${message}.`));
      else warnings.push(warningAt(file, at, `${quote(item)} ${message}.`));
    }
    const idleFree = idleFreeOnHealthPages(entry);
    if (idleFree !== null) warnings.push(warningAt(file, { row: number, field: 'freeOnHealthPages', where: where(number, 'freeOnHealthPages') }, `freeOnHealthPages ${idleFree}.`));
    const idleOwn = idleOwnContextOnly(entry);
    if (idleOwn !== null) warnings.push(warningAt(file, { row: number, field: 'ownContextOnly', where: where(number, 'ownContextOnly') }, `ownContextOnly ${idleOwn}.`));
    for (const phrase of idleNotInPhrases(entry)) {
      warnings.push(
        warningAt(
          file,
          { row: number, field: 'notIn', where: where(number, 'notIn') },
          `${quote(phrase)} holds none of this entry's words (term, aliases or forms), so it will never take effect.`,
        ),
      );
    }
    for (const [field, texts] of textFields(entry)) {
      const tag = texts.map((text) => HTML_TAG.exec(text)?.[0]).find((t) => t !== undefined);
      if (tag !== undefined) {
        warnings.push(
          warningAt(
            file,
            { row: number, field, where: where(number, field) },
            `this looks like HTML (${quote(tag, 30)}). Termlight shows text exactly as written, so it will appear as typed and will never run.`,
          ),
        );
      }
    }
  }

  return { entries, errors: byRow(errors), warnings: byRow(warnings) };
}

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

function textFields(entry: GlossaryEntry): [string, readonly string[]][] {
  return [
    ['term', [entry.term]],
    ['aliases', entry.aliases],
    ['forms', entry.forms],
    ['short', [entry.short]],
    ['explanation', [entry.explanation]],
    ['source', [entry.source]],
    ['context', entry.context ?? []],
    ['notIn', entry.notIn ?? []],
    ['contextFree', entry.contextFree ?? []],
  ];
}

/**
 * An empty list and no list mean the same to the matcher (context words, notIn phrases), and a CSV
 * cell cannot tell them apart; keeping one spelling makes every export read back exactly as it was.
 */
function canonical(entry: GlossaryEntry): GlossaryEntry {
  const out = { ...entry };
  if (out.context !== undefined && out.context.length === 0) delete out.context;
  if (out.notIn !== undefined && out.notIn.length === 0) delete out.notIn;
  if (out.contextFree !== undefined && out.contextFree.length === 0) delete out.contextFree;
  return out;
}

function byRow(issues: ImportIssue[]): ImportIssue[] {
  return issues.map((item, index) => ({ item, index })).sort((a, b) => (a.item.row ?? 0) - (b.item.row ?? 0) || a.index - b.index).map((x) => x.item);
}

type Issue = v.BaseIssue<unknown>;

/** The same issue seen from `skip` steps down its path, so an entry inside a glossary reads like one in a file. */
export function relativeIssue(found: Issue, skip: number): Issue {
  const rest = found.path?.slice(skip) ?? [];
  return { ...found, path: rest.length > 0 ? (rest as NonNullable<Issue['path']>) : undefined };
}

function fieldOf(found: Issue): string | null {
  const key = found.path?.[0]?.key;
  return typeof key === 'string' ? key : null;
}

function itemOf(found: Issue): number | null {
  const key = found.path?.[1]?.key;
  return typeof key === 'number' ? key + 1 : null;
}

/** The valibot verdict, reworded for someone who has never seen a schema. */
export function describeIssue(found: Issue, wording: Wording): string {
  const field = fieldOf(found);
  const item = itemOf(found);
  const input = found.input;
  const itemWord = item === null ? '' : `the ${ordinal(item)} item `;
  switch (found.type) {
    case 'strict_object':
    case 'object':
      if (field === null) {
        return `this entry must be a group of fields between { and }, like {"term": "…", "short": "…"}, but it is ${describeValue(input)}.`;
      }
      if (found.expected === 'never') return `this ${wording.field} is not part of the glossary format.`;
      return `this ${wording.field} is missing, but every entry needs it.`;
    case 'string':
      return `${itemWord}must be text, but it is ${describeValue(input)}.`;
    case 'array':
      return `must be a list, like ["first", "second"], but it is ${describeValue(input)}.`;
    case 'boolean':
      return `must be true or false, but it is ${describeValue(input)}.`;
    case 'non_empty':
      return item === null ? 'this is empty, but every entry needs it.' : `the ${ordinal(item)} item is empty.`;
    case 'max_length': {
      const limit = formatCount(Number(found.requirement));
      if (typeof input === 'string') {
        return `${item === null ? '' : `the ${ordinal(item)} item has `}${formatCount(input.length)} characters, the limit is ${limit}`;
      }
      const count = Array.isArray(input) ? input.length : 0;
      const noun = (field !== null && LIST_NOUNS[field]) || 'items';
      return field === null
        ? `${formatCount(count)} entries, the limit is ${limit}`
        : `${formatCount(count)} ${noun}, the limit is ${limit}`;
    }
    case 'regex':
      return `${item === null ? quote(String(input)) : `the ${ordinal(item)} id, ${quote(String(input))},`} is not a valid id. Use only lower-case letters a–z, digits and single hyphens, like "heart-attack".`;
    case 'picklist':
      // The schema's other picklists are levels: an entry's, and its aliases' (aliasLevels).
      if (field !== 'category') return `${quote(String(input))} is not a familiarity level. Use one of: ${LEVELS.join(', ')}.`;
      return `${quote(String(input))} is not a category Termlight knows. Use one of: ${CATEGORY_IDS.join(', ')}.`;
    case 'iso_date':
      return `${quote(String(input))} is not a date written like 2026-11-30.`;
    default:
      return `${itemWord}${found.message}.`;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null (empty)';
  if (typeof value === 'string') return `text (${quote(value, 20)})`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}
