/**
 * Which rare words of a set of documents the glossary explains. "Rare" means rare in general
 * English (the caller's frequency list); a word counts as explained where the matcher finds a
 * glossary form covering it in that document, so aliases, inflections and multi-word terms count
 * exactly as they do on a page.
 */
import { bestRank, isCommonWord, type RankOf } from './frequency';
import type { Matcher } from './matcher';

export interface CoverageDocument {
  name: string;
  text: string;
}

interface RareWordRow {
  word: string;
  /** How many documents use it. */
  documents: number;
  occurrences: number;
  explainedOccurrences: number;
  /** Explained in at least half of its occurrences. */
  explained: boolean;
}

export interface CoverageReport {
  documents: number;
  rows: RareWordRow[];
  rareOccurrences: number;
  explainedOccurrences: number;
}

/** Lower-case words with optional inner hyphens; gene symbols, numbers and names are skipped below. */
const WORD = /[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*/g;
const MIN_LETTERS = 4;

/**
 * A word is left out when it is a number or symbol-like (BRCA1, TP53, COL1A1 — digits or capitals
 * inside), or a proper name: a capitalised word that the corpus never writes in lower case.
 */
export function candidates(text: string): { word: string; start: number; end: number; capitalised: boolean }[] {
  const out: { word: string; start: number; end: number; capitalised: boolean }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const next = text.charCodeAt(m.index + raw.length);
    if (next >= 48 && next <= 57) continue; // glued to digits: a symbol like "TP53"
    if (raw.length < MIN_LETTERS || /[A-Z]/.test(raw.slice(1))) continue;
    if (isInAddress(text, m.index, m.index + raw.length)) continue; // "http", "www", parts of a web address
    out.push({ word: raw.toLowerCase(), start: m.index, end: m.index + raw.length, capitalised: raw[0] !== raw[0]!.toLowerCase() });
  }
  return out;
}

/** A word that belongs to a web address: touching "://", "www." or a dot-separated host. */
function isInAddress(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 8), Math.min(text.length, end + 4));
  return /:\/\/|www\.|\.(?:gov|org|com|nih|edu)\b/.test(around) || text.startsWith('://', end);
}

export function measureCoverage(docs: readonly CoverageDocument[], matcher: Matcher, rankOf: RankOf): CoverageReport {
  const seenLowerCase = new Set<string>();
  const perDoc = docs.map((doc) => {
    const words = candidates(doc.text);
    for (const word of words) if (!word.capitalised) seenLowerCase.add(word.word);
    return { doc, words };
  });
  const rows = new Map<string, RareWordRow>();
  const common = new Map<string, boolean>();
  let rareOccurrences = 0;
  let explainedOccurrences = 0;
  for (const { doc, words } of perDoc) {
    const matches = matcher.findInText(doc.text);
    let m = 0;
    const usedHere = new Set<string>();
    for (const word of words) {
      if (!seenLowerCase.has(word.word)) continue; // a name: only ever capitalised
      let isCommon = common.get(word.word);
      if (isCommon === undefined) common.set(word.word, (isCommon = isCommonWord(word.word, rankOf)));
      if (isCommon) continue;
      while (m < matches.length && matches[m]!.end <= word.start) m++;
      const explained = m < matches.length && matches[m]!.start <= word.start && matches[m]!.end >= word.end;
      let row = rows.get(word.word);
      if (!row) rows.set(word.word, (row = { word: word.word, documents: 0, occurrences: 0, explainedOccurrences: 0, explained: false }));
      row.occurrences++;
      rareOccurrences++;
      if (explained) {
        row.explainedOccurrences++;
        explainedOccurrences++;
      }
      if (!usedHere.has(word.word)) {
        usedHere.add(word.word);
        row.documents++;
      }
    }
  }
  const sorted = [...rows.values()].sort((a, b) => b.documents - a.documents || b.occurrences - a.occurrences || a.word.localeCompare(b.word));
  for (const row of sorted) row.explained = row.explainedOccurrences * 2 >= row.occurrences;
  return { documents: docs.length, rows: sorted, rareOccurrences, explainedOccurrences };
}

/** Share of the `top` most widely used rare words that the glossary explains. */
export function topCoverage(report: CoverageReport, top: number): { explained: number; total: number } {
  const rows = report.rows.slice(0, top);
  return { explained: rows.filter((row) => row.explained).length, total: rows.length };
}

/**
 * The same report with its rows ranked rarest first instead of most widely used first: the words
 * that at least `minDocuments` documents use, the rarest in general English first (a word the list
 * lacks is rarer than any it has), ties most widely used first. Jargon such as "hypoplasia" rises
 * to the top here, while ordinary written English the spoken list misses ("characterized") sinks.
 */
export function rarestFirst(report: CoverageReport, minDocuments: number, rankOf: RankOf): CoverageReport {
  const rank = new Map(report.rows.map((row) => [row.word, bestRank(row.word, rankOf)]));
  // Compared, not subtracted: a word the list lacks ranks Infinity, and Infinity - Infinity is NaN.
  const rarer = (a: RareWordRow, b: RareWordRow) => {
    const ra = rank.get(a.word)!;
    const rb = rank.get(b.word)!;
    return ra === rb ? 0 : ra > rb ? -1 : 1;
  };
  const rows = report.rows.filter((row) => row.documents >= minDocuments).sort((a, b) => rarer(a, b) || b.documents - a.documents || b.occurrences - a.occurrences || a.word.localeCompare(b.word));
  return { ...report, rows };
}
