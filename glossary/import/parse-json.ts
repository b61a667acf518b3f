/**
 * JSON text → candidate entries. The format is the bundled packs' own: a list of entries.
 */
import { EntrySchema } from '../schema';
import { errorAt, formatCount, warningAt } from './issues';
import { findJsonSyntaxError } from './json-syntax';
import { findForbiddenKeys } from './safe-keys';
import type { ImportIssue } from './types';
import type { Candidate } from './validate';

export type JsonParsed = { ok: true; value: unknown } | { ok: false; error: ImportIssue };

/** JSON.parse, with a syntax error turned into a line, a column and a reason. */
export function parseJsonText(file: string, text: string): JsonParsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const found = findJsonSyntaxError(text);
    if (!found) return { ok: false, error: errorAt(file, {}, 'the file is not valid JSON, so nothing could be read.') };
    return {
      ok: false,
      error: errorAt(
        file,
        { line: found.line, column: found.column, where: [`line ${found.line}`, `column ${found.column}`] },
        `${found.problem}. The file is not valid JSON, so nothing could be read.`,
      ),
    };
  }
}

/** Every forbidden key as an error, placed at its entry when it sits inside one. */
export function forbiddenKeyErrors(
  file: string,
  value: unknown,
  place: (path: readonly (string | number)[]) => { row: number | null; where: string[] },
): ImportIssue[] {
  return findForbiddenKeys(value).map(({ key, path }) => {
    const { row, where } = place(path);
    return errorAt(file, { row, field: key, where: [...where, `field ${key}`] }, 'this name is not allowed in Termlight files, so the file was refused. Remove it and try again.');
  });
}

export interface JsonRead {
  candidates: Candidate[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  rowsRead: number;
}

const KNOWN_FIELDS = Object.keys(EntrySchema.entries);

export function parseJsonEntries(file: string, text: string): JsonRead {
  const result: JsonRead = { candidates: [], errors: [], warnings: [], rowsRead: 0 };
  const parsed = parseJsonText(file, text);
  if (!parsed.ok) {
    result.errors.push(parsed.error);
    return result;
  }
  const value = parsed.value;
  const forbidden = forbiddenKeyErrors(file, value, (path) =>
    Array.isArray(value) && typeof path[0] === 'number' ? { row: path[0] + 1, where: [`entry ${path[0] + 1}`] } : { row: null, where: [] },
  );
  if (forbidden.length > 0) {
    result.errors.push(...forbidden);
    return result;
  }
  if (!Array.isArray(value)) {
    result.errors.push(errorAt(file, {}, wrongShape(value)));
    return result;
  }
  result.rowsRead = value.length;
  if (value.length === 0) {
    result.errors.push(errorAt(file, {}, 'the list of entries is empty, so there is nothing to import.'));
    return result;
  }

  // Fields the format does not have are dropped with a warning (like extra CSV columns), by
  // copying only known fields: the file's own key names are never used to assign anything.
  const unknown = new Map<string, number[]>();
  value.forEach((item: unknown, index) => {
    const number = index + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      result.candidates.push({ number, input: item });
      return;
    }
    const input: Record<string, unknown> = {};
    for (const field of KNOWN_FIELDS) if (Object.hasOwn(item, field)) input[field] = (item as Record<string, unknown>)[field];
    for (const key of Object.keys(item)) {
      if (!KNOWN_FIELDS.includes(key)) unknown.set(key, [...(unknown.get(key) ?? []), number]);
    }
    result.candidates.push({ number, input });
  });
  for (const [field, numbers] of unknown) {
    const first = numbers[0]!;
    result.warnings.push(
      warningAt(
        file,
        { row: first, field, where: [`field ${field}`] },
        `Termlight does not use this field, so it was ignored in ${numbers.length === 1 ? `entry ${first}` : `${formatCount(numbers.length)} entries (the first is entry ${first})`}.`,
      ),
    );
  }
  return result;
}

function wrongShape(value: unknown): string {
  const holds =
    value === null ? 'null' : typeof value === 'object' ? 'a group of fields between { and }' : typeof value === 'string' ? 'a single text' : `a single ${typeof value}`;
  if (value !== null && typeof value === 'object' && (value as Record<string, unknown>).format === 'termlight-backup') {
    return 'this is a Termlight backup, not a glossary. Import it with "Import settings and glossaries" instead.';
  }
  return `the file must hold a list of entries between [ and ], but it holds ${holds}. The JSON template shows the layout.`;
}
