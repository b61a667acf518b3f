/**
 * CSV text → candidate entries. Papa Parse does the CSV itself (quotes, line breaks inside
 * quotes, "" escapes); this file maps columns to fields and fills the optional ones.
 * The column list and defaults are documented in columns.ts.
 */
import Papa from 'papaparse';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../categories';
import { CSV_COLUMNS, REQUIRED_COLUMNS, columnFor, type CsvColumn } from './columns';
import { readCell, splitList } from './csv-cells';
import { idFromTerm } from './ids';
import { errorAt, listWords, warningAt } from './issues';
import { FORBIDDEN_KEYS } from './safe-keys';
import type { ImportIssue } from './types';
import type { Candidate } from './validate';

export interface CsvRead {
  candidates: Candidate[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  rowsRead: number;
}

const DELIMITERS = [',', ';', '\t'] as const;
const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export function parseCsv(file: string, text: string, today: string): CsvRead {
  const result: CsvRead = { candidates: [], errors: [], warnings: [], rowsRead: 0 };
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false });

  // A quote problem shifts every later value into the wrong column, so nothing after it can be trusted.
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    result.errors.push(
      errorAt(
        file,
        { row, where: [`row ${row}`] },
        quoteError.code === 'MissingQuotes'
          ? 'a quotation mark (") opens a value that is never closed, so the rest of the file cannot be read. Add the missing closing quotation mark.'
          : 'a quotation mark (") is in the wrong place. A value that holds quotation marks must be wrapped in quotation marks, with each inner one doubled ("").',
      ),
    );
    return result;
  }

  const rows = parsed.data;
  // Blank rows above the header are skipped, but still counted, so row numbers match the spreadsheet.
  const headerIndex = Math.max(0, rows.findIndex((cells) => !isBlank(cells)));
  const header = rows[headerIndex] ?? [];
  const columns = readHeader(file, header, headerIndex + 1, rows.slice(headerIndex + 1), result);
  if (!columns) return result;

  const name = DELIMITER_NAMES[delimiter] ?? 'separator';
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const cells = rows[index]!;
    // Spreadsheets often save blank rows, or rows of bare separators, at the end.
    if (isBlank(cells)) continue;
    result.rowsRead++;
    const row = index + 1;
    // Even empty extra values count: "a, b" left unquoted shifts every later value one column
    // right, and when the last column is empty that shows up only as one value too many.
    if (cells.length > header.length) {
      result.errors.push(
        errorAt(
          file,
          { row, where: [`row ${row}`] },
          `this row has ${cells.length} values, but the header has ${header.length} columns. Wrap any value that contains a ${name} in quotation marks.`,
        ),
      );
      continue;
    }
    const cell = (column: CsvColumn): string => {
      const at = columns.get(column);
      return at === undefined ? '' : readCell(cells[at] ?? '');
    };
    result.candidates.push(toCandidate(row, cell, today));
  }
  return result;
}

/**
 * The separator is whichever one makes the header row name the most known columns. Papa Parse's
 * own guess counts fields per row and can be fooled by ";" inside aliases or by blank rows.
 */
function detectDelimiter(text: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const first = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0] ?? [];
    const count = first.filter((cell) => columnFor(cell) !== null).length;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** Column name → index, or null after recording why the header cannot be used. */
function readHeader(file: string, header: readonly string[], row: number, dataRows: readonly string[][], result: CsvRead): Map<CsvColumn, number> | null {
  const at = { row, where: [`row ${row}`] };
  const columns = new Map<CsvColumn, number>();
  const unknown: string[] = [];
  header.forEach((raw, index) => {
    const label = raw.trim();
    if (FORBIDDEN_KEYS.has(label)) {
      result.errors.push(
        errorAt(file, { ...at, field: label, where: [...at.where, `column ${label}`] }, 'this column name is not allowed in Termlight files, so the file was refused. Remove the column and try again.'),
      );
      return;
    }
    const column = columnFor(raw);
    if (column === null) {
      // An unnamed column is only worth a word if something is in it.
      if (label !== '' || dataRows.some((cells) => (cells[index] ?? '').trim() !== '')) {
        unknown.push(label === '' ? `(unnamed column ${index + 1})` : label);
      }
    } else if (columns.has(column)) {
      result.errors.push(errorAt(file, { ...at, field: column, where: [...at.where, `column ${column}`] }, 'this column appears twice. Keep only one of them.'));
    } else {
      columns.set(column, index);
    }
  });
  if (result.errors.length > 0) return null;

  if (columns.size === 0) {
    result.errors.push(
      errorAt(
        file,
        at,
        `the first row must name the columns (${listWords([...REQUIRED_COLUMNS])}, and any of the optional ones), but none of its values is a column name. Add a header row like the one in the CSV template.`,
      ),
    );
    return null;
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    result.errors.push(
      errorAt(
        file,
        { ...at, field: missing.join(', ') },
        `the header is missing the required ${missing.length === 1 ? 'column' : 'columns'} ${listWords(missing)}. Add ${missing.length === 1 ? 'it' : 'them'}; the CSV template shows every column.`,
      ),
    );
    return null;
  }
  if (unknown.length > 0) {
    result.warnings.push(
      warningAt(
        file,
        { ...at, field: unknown.join(', ') },
        unknown.length === 1
          ? `Termlight does not use the column ${unknown[0]}, so it was ignored. The columns it reads are: ${CSV_COLUMNS.join(', ')}.`
          : `Termlight does not use the columns ${listWords(unknown)}, so they were ignored. The columns it reads are: ${CSV_COLUMNS.join(', ')}.`,
      ),
    );
  }
  return columns;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

const CATEGORY_BY_NAME = new Map<string, CategoryId>(
  CATEGORY_IDS.flatMap((id) => [
    [id, id],
    [CATEGORIES[id].toLowerCase(), id],
  ]),
);

const YES = new Set(['true', 'yes', '1']);
const NO = new Set(['false', 'no', '0']);

/** Builds the input object from known column names only: nothing from the file ever becomes a key. */
function toCandidate(row: number, cell: (column: CsvColumn) => string, today: string): Candidate {
  const term = cell('term');
  const givenId = cell('id').trim();
  const category = cell('category').trim();
  const context = splitList(cell('context'));
  const notIn = splitList(cell('notIn'));
  const contextFree = splitList(cell('contextFree'));
  const input: Record<string, unknown> = {
    id: givenId !== '' ? givenId : idFromTerm(term),
    term,
    aliases: splitList(cell('aliases')),
    forms: splitList(cell('forms')),
    short: cell('short'),
    explanation: cell('explanation'),
    category: category === '' ? 'other' : (CATEGORY_BY_NAME.get(category.toLowerCase()) ?? category),
    related: splitList(cell('related')),
    source: cell('source'),
    reviewed: cell('reviewed').trim() || today,
  };
  // An unreadable yes/no goes to the schema as text, which reports it as "must be true or false".
  for (const column of ['caseSensitive', 'freeOnHealthPages', 'ownContextOnly'] as const) {
    const value = cell(column).trim();
    const answer = value.toLowerCase();
    if (value !== '') input[column] = YES.has(answer) ? true : NO.has(answer) ? false : value;
  }
  if (context.length > 0) input.context = context;
  if (notIn.length > 0) input.notIn = notIn;
  if (contextFree.length > 0) input.contextFree = contextFree;
  for (const column of ['level', 'pronunciation', 'expansion'] as const) {
    const value = cell(column).trim();
    if (value !== '') input[column] = column === 'level' ? value.toLowerCase() : value;
  }
  return { number: row, input, idFromTerm: givenId === '' };
}
