/**
 * Highlights per 1,000 words by page length, for bench:highlights: the density target is per
 * 1,000 words, and a page's first occurrences weigh more the shorter it is.
 */
import type { PageResult } from './simulate';

/** Lower bounds of the length groups, in words. */
const GROUPS = [0, 200, 500, 1_000, 2_000];

interface Tally {
  pages: number;
  words: number;
  highlights: number;
}

export class LengthTable {
  readonly #rows = new Map<string, Tally[]>();

  add(row: string, page: PageResult): void {
    let tallies = this.#rows.get(row);
    if (!tallies) this.#rows.set(row, (tallies = GROUPS.map(() => ({ pages: 0, words: 0, highlights: 0 }))));
    const group = GROUPS.findLastIndex((from) => page.words >= from);
    const tally = tallies[group]!;
    tally.pages++;
    tally.words += page.words;
    tally.highlights += page.highlights;
  }

  markdown(): string {
    const heads = GROUPS.map((from, index) => (index + 1 < GROUPS.length ? `${from.toLocaleString('en-US')}–${(GROUPS[index + 1]! - 1).toLocaleString('en-US')}` : `${from.toLocaleString('en-US')} and more`));
    const first = [...this.#rows.values()][0] ?? [];
    const lines = [`| settings | ${heads.map((head, index) => `${head} (${first[index]?.pages ?? 0} pages)`).join(' | ')} |`, `|---|${heads.map(() => '---').join('|')}|`];
    for (const [row, tallies] of this.#rows) {
      lines.push(`| ${row} | ${tallies.map((t) => (t.words === 0 ? '–' : ((1000 * t.highlights) / t.words).toFixed(1))).join(' | ')} |`);
    }
    return lines.join('\n');
  }
}
