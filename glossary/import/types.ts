import type { GlossaryEntry } from '../schema';

export type ImportFormat = 'json' | 'csv';

/**
 * One problem found in an imported file. `message` is the whole sentence the options page shows,
 * starting with the file name, so it still makes sense when copied out of context.
 *
 * `row` is the spreadsheet row for CSV (the header is row 1, the first entry row 2, as Excel and
 * LibreOffice number them) and the 1-based entry number for JSON; null when the problem is not
 * about one row or entry. `line` and `column` point into the raw text (JSON syntax errors,
 * text that is not UTF-8).
 */
export interface ImportIssue {
  severity: 'error' | 'warning';
  file: string;
  row: number | null;
  field: string | null;
  message: string;
  line?: number;
  column?: number;
}

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  /** Always [] when `errors` is not empty: a file is imported whole or not at all. */
  entries: GlossaryEntry[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Entries (JSON) or non-blank data rows (CSV) seen, valid or not. */
  rowsRead: number;
}

export interface ReadOptions {
  /** The date (YYYY-MM-DD) given to CSV rows with an empty `reviewed` column; defaults to today. */
  today?: string;
}
