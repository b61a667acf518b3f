import type { ImportIssue } from './types';

/** Where a problem is, in the words the message uses ("row 14", "column short", "line 3"). */
export interface IssuePlace {
  row?: number | null;
  field?: string | null;
  line?: number;
  column?: number;
  /** The location as the reader should see it, most general first; joined with commas after the file name. */
  where?: readonly string[];
}

function issue(severity: ImportIssue['severity'], file: string, place: IssuePlace, problem: string): ImportIssue {
  const where = place.where ?? [];
  const made: ImportIssue = {
    severity,
    file,
    row: place.row ?? null,
    field: place.field ?? null,
    message: `${[file, ...where].join(', ')}: ${problem}`,
  };
  if (place.line !== undefined) made.line = place.line;
  if (place.column !== undefined) made.column = place.column;
  return made;
}

export const errorAt = (file: string, place: IssuePlace, problem: string) => issue('error', file, place, problem);
export const warningAt = (file: string, place: IssuePlace, problem: string) => issue('warning', file, place, problem);

/** 20001 → "20,001": fixed to en-US so messages read the same on every machine and in tests. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** ["a", "b", "c"] → "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const MB = 1024 * 1024;

/** Sizes in MB as people read them; "just over" keeps 5 MB + 1 byte from reading as "5 MB, the limit is 5 MB". */
export function formatSize(bytes: number, limit: number): string {
  const shown = (n: number) => {
    const rounded = Math.round((n / MB) * 10) / 10;
    return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} MB`;
  };
  return bytes > limit && shown(bytes) === shown(limit) ? `just over ${shown(limit)}` : shown(bytes);
}

export function formatLimitSize(limit: number): string {
  return formatSize(limit, Infinity);
}

/** Quotes a user's value in a message, cut short so a 5 MB cell cannot flood the preview. */
export function quote(value: string, max = 40): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th": list items are named the way people count them. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
