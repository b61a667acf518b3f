import * as v from 'valibot';

/**
 * The table of medical word parts (glossary/word-parts/parts.json) that lets the decomposer give
 * a labelled best guess for a rare word the glossary does not hold. Valibot validates with plain
 * functions, so this runs under extension pages' no-eval CSP like glossary/schema.ts.
 */
const PART_KINDS = ['prefix', 'root', 'suffix'] as const;
export type PartKind = (typeof PART_KINDS)[number];

const letters = v.pipe(
  v.string(),
  v.regex(/^[a-z]+$/, 'must be lower-case letters a-z only, without hyphens'),
  v.maxLength(20, 'must be at most 20 characters'),
);

const WordPartSchema = v.strictObject({
  /** The part as written in a word, without hyphens or linking vowel: "cardi", "itis", "hyper". */
  part: letters,
  kind: v.picklist(PART_KINDS, `must be one of: ${PART_KINDS.join(', ')}`),
  /** A short plain phrase: "kidney", "inflammation", "the kidney's collecting basin". */
  meaning: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(80, 'must be at most 80 characters'),
    v.regex(/^[a-z][a-z ,'-]*$/, 'must be a short lower-case phrase'),
  ),
  /** Other spellings with the same meaning: US/UK ("hem"/"haem"), or a form with its vowel. */
  variants: v.optional(v.pipe(v.array(letters), v.maxLength(8, 'may hold at most 8 items'))),
  /**
   * Common outside medicine too (photo, hydro, -ic, -logy): such a part never makes a word
   * medical by itself, so it does not count towards the shape rules.
   */
  general: v.optional(v.literal(true, 'must be true or left out')),
  /** A root whose meaning reads well after "of the" ("kidney", "eyelid"): used in sentences. */
  site: v.optional(v.literal(true, 'must be true or left out')),
}, 'must be an object with only part, kind, meaning, variants, general and site');

export type WordPartRow = v.InferOutput<typeof WordPartSchema>;

/** One problem, naming the row ("#12 cardi") and the field. */
export interface WordPartProblem {
  row: string;
  field: string;
  message: string;
}

export interface CheckedWordParts {
  rows: WordPartRow[];
  problems: WordPartProblem[];
}

/**
 * Validates the whole table and the rules that span rows: one spelling may mean one thing per
 * kind (a root "ped" and a root "ped" would make the guess arbitrary), and "site" is for roots.
 * Never throws: it reports.
 */
export function checkWordParts(json: unknown): CheckedWordParts {
  const problems: WordPartProblem[] = [];
  const rows: WordPartRow[] = [];
  if (!Array.isArray(json)) return { rows, problems: [{ row: '-', field: '-', message: 'must be a JSON array of word parts' }] };
  const spellings = new Map<string, string>();
  json.forEach((item: unknown, index) => {
    const raw = (item as { part?: unknown } | null)?.part;
    const name = typeof raw === 'string' ? `#${index} ${raw}` : `#${index}`;
    const result = v.safeParse(WordPartSchema, item);
    if (!result.success) {
      for (const issue of result.issues) problems.push({ row: name, field: v.getDotPath(issue) ?? '-', message: issue.message });
      return;
    }
    const row = result.output;
    if (row.site && row.kind !== 'root') problems.push({ row: name, field: 'site', message: 'only a root can be a site' });
    [row.part, ...(row.variants ?? [])].forEach((spelling, at) => {
      const field = at === 0 ? 'part' : `variants.${at - 1}`;
      const key = `${row.kind}:${spelling}`;
      const other = spellings.get(key);
      if (other !== undefined) problems.push({ row: name, field, message: `"${spelling}" is already a ${row.kind} in row ${other}` });
      else spellings.set(key, name);
    });
    rows.push(row);
  });
  return { rows, problems };
}

/** The problems as lines, for a test failure or a script: "#12 cardi › kind: must be one of …". */
export function formatWordPartProblems(problems: readonly WordPartProblem[]): string[] {
  return problems.map((problem) => `${problem.row} › ${problem.field}: ${problem.message}`);
}
