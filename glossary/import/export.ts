/**
 * Entries → the two import formats. Each is written so that readGlossaryFile gives back the
 * very same entries: the round trip is tested for every field.
 */
import Papa from 'papaparse';
import type { GlossaryEntry } from '../schema';
import { CSV_COLUMNS, type CsvColumn } from './columns';
import { joinList, writeCell } from './csv-cells';

/**
 * CSV with a BOM and CRLF line ends: that is what makes Excel open it as UTF-8 with the accents
 * intact; every other spreadsheet program and our reader take it as well.
 */
export function toCsv(entries: readonly GlossaryEntry[]): string {
  const rows = entries.map((entry) => CSV_COLUMNS.map((column) => writeCell(csvValue(entry, column))));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', delimiter: ',' })}\r\n`;
}

/**
 * How many entries hold what a CSV row has no room for (senses, alias levels): a CSV export leaves
 * that out, so the options page says so beside the CSV button (JSON keeps everything).
 */
export function entriesCsvLeavesOut(entries: readonly GlossaryEntry[]): number {
  return entries.filter((entry) => (entry.senses?.length ?? 0) > 0 || Object.keys(entry.aliasLevels ?? {}).length > 0).length;
}

function csvValue(entry: GlossaryEntry, column: CsvColumn): string {
  switch (column) {
    case 'aliases':
    case 'forms':
    case 'related':
      return joinList(entry[column]);
    case 'context':
    case 'notIn':
    case 'contextFree':
      return joinList(entry[column] ?? []);
    case 'caseSensitive':
    case 'freeOnHealthPages':
    case 'ownContextOnly':
      return entry[column] === undefined ? '' : String(entry[column]);
    case 'level':
    case 'pronunciation':
    case 'expansion':
      return entry[column] ?? '';
    default:
      return entry[column];
  }
}

/**
 * The JSON format: a list of entries with fields in the schema's order. Empty lists and unset
 * options are left out (reading fills them back in), and each entry takes one line: still easy to
 * read and compare, and small enough that a glossary imported from a file near the size limit
 * exports to one that can be imported again.
 */
export function toJson(entries: readonly GlossaryEntry[]): string {
  if (entries.length === 0) return '[]\n';
  return `[\n${entries.map((entry) => `  ${JSON.stringify(orderedEntry(entry))}`).join(',\n')}\n]\n`;
}

function orderedEntry(entry: GlossaryEntry): Partial<GlossaryEntry> {
  const out: Partial<GlossaryEntry> = { id: entry.id, term: entry.term };
  if (entry.aliases.length > 0) out.aliases = entry.aliases;
  if (entry.forms.length > 0) out.forms = entry.forms;
  out.short = entry.short;
  out.explanation = entry.explanation;
  out.category = entry.category;
  if (entry.related.length > 0) out.related = entry.related;
  out.source = entry.source;
  out.reviewed = entry.reviewed;
  if (entry.caseSensitive !== undefined) out.caseSensitive = entry.caseSensitive;
  if (entry.context !== undefined && entry.context.length > 0) out.context = entry.context;
  if (entry.notIn !== undefined && entry.notIn.length > 0) out.notIn = entry.notIn;
  if (entry.contextFree !== undefined && entry.contextFree.length > 0) out.contextFree = entry.contextFree;
  if (entry.freeOnHealthPages !== undefined) out.freeOnHealthPages = entry.freeOnHealthPages;
  if (entry.ownContextOnly !== undefined) out.ownContextOnly = entry.ownContextOnly;
  if (entry.level !== undefined) out.level = entry.level;
  if (entry.aliasLevels !== undefined && Object.keys(entry.aliasLevels).length > 0) out.aliasLevels = entry.aliasLevels;
  if (entry.pronunciation !== undefined) out.pronunciation = entry.pronunciation;
  if (entry.expansion !== undefined) out.expansion = entry.expansion;
  if (entry.senses !== undefined && entry.senses.length > 0) out.senses = entry.senses;
  return out;
}
