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

function csvValue(entry: GlossaryEntry, column: CsvColumn): string {
  switch (column) {
    case 'aliases':
    case 'forms':
    case 'related':
      return joinList(entry[column]);
    case 'context':
      return joinList(entry.context ?? []);
    case 'caseSensitive':
      return entry.caseSensitive === undefined ? '' : String(entry.caseSensitive);
    default:
      return entry[column];
  }
}

/** The JSON format: a list of entries, fields always in the schema's order, optional ones only when set. */
export function toJson(entries: readonly GlossaryEntry[]): string {
  return `${JSON.stringify(entries.map(orderedEntry), null, 2)}\n`;
}

function orderedEntry(entry: GlossaryEntry): GlossaryEntry {
  const out: GlossaryEntry = {
    id: entry.id,
    term: entry.term,
    aliases: entry.aliases,
    forms: entry.forms,
    short: entry.short,
    explanation: entry.explanation,
    category: entry.category,
    related: entry.related,
    source: entry.source,
    reviewed: entry.reviewed,
  };
  if (entry.caseSensitive !== undefined) out.caseSensitive = entry.caseSensitive;
  if (entry.context !== undefined && entry.context.length > 0) out.context = entry.context;
  return out;
}
