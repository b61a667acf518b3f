/**
 * One file → a preview of what importing it would do. Nothing here touches storage: the options
 * page shows the preview, and only an error-free preview can be applied (see apply.ts).
 */
import { LIMITS } from '../limits';
import { decodeFile } from './decode';
import { errorAt, formatCount } from './issues';
import { parseCsv } from './parse-csv';
import { parseJsonEntries } from './parse-json';
import type { ImportFormat, ImportIssue, ImportPreview, ReadOptions } from './types';
import { checkCandidates, type Candidate } from './validate';

/** Never throws: every problem, even an unexpected one, comes back as an error in the preview. */
export function readGlossaryFile(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): ImportPreview {
  const preview: ImportPreview = { fileName, format: formatFromName(fileName) ?? 'csv', entries: [], errors: [], warnings: [], rowsRead: 0 };
  try {
    read(preview, bytes, options.today ?? localToday());
  } catch (error) {
    preview.errors.push(
      errorAt(fileName, {}, `Termlight could not read this file because of an unexpected problem (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`),
    );
  }
  if (preview.errors.length > 0) preview.entries = [];
  return preview;
}

function read(preview: ImportPreview, bytes: Uint8Array, today: string): void {
  const file = preview.fileName;
  const decoded = decodeFile(file, bytes);
  if (!decoded.ok) {
    preview.errors.push(decoded.error);
    return;
  }
  preview.format = formatFromName(file) ?? sniffFormat(decoded.text);
  const parsed = preview.format === 'json' ? parseJsonEntries(file, decoded.text) : parseCsv(file, decoded.text, today);
  preview.rowsRead = parsed.rowsRead;
  preview.warnings.push(...parsed.warnings);
  if (parsed.errors.length > 0) {
    preview.errors.push(...parsed.errors);
    return;
  }
  if (parsed.candidates.length === 0) {
    preview.errors.push(errorAt(file, {}, 'the file has a header row but no entries, so there is nothing to import.'));
    return;
  }
  const tooMany = countError(file, parsed.candidates);
  if (tooMany) {
    preview.errors.push(tooMany);
    return;
  }
  const checked = checkCandidates(file, preview.format === 'json' ? { unit: 'entry', field: 'field' } : { unit: 'row', field: 'column' }, parsed.candidates);
  preview.errors.push(...checked.errors);
  preview.warnings.push(...checked.warnings);
  preview.entries = checked.entries.map((item) => item.entry);
}

/** Checked before any entry is validated: 50,000 rows of per-field errors would help nobody. */
function countError(file: string, candidates: readonly Candidate[]): ImportIssue | null {
  const limit = LIMITS.entriesPerGlossary;
  if (candidates.length <= limit) return null;
  return errorAt(
    file,
    {},
    `the file has ${formatCount(candidates.length)} entries, and the limit is ${formatCount(limit)} per glossary. Split it into smaller files and import each one as its own glossary.`,
  );
}

function formatFromName(fileName: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return null;
}

/** For names like "glossary.txt": JSON starts with [ or {, and no sensible CSV header does. */
function sniffFormat(text: string): ImportFormat {
  const first = text.trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** Today in the user's own time zone: "reviewed today" should not be tomorrow's date in the evening. */
function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
