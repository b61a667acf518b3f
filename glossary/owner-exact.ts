/**
 * The exact-case texts of the owner slots (CompiledOwners), kept only for the slots that have one:
 * about 5,000 of 77,000. A list with an empty string for every other slot held a third of a
 * megabyte of the heap of whoever parses the tables.
 */
export interface OwnerExact {
  /** The owner slots, ascending, whose entry must be written exactly so ("MS", "A-fib"). */
  exactAt: number[];
  /** Each such slot's text (single spaces), at the same index. */
  exactText: string[];
}

/** The exact-case text owner slot `o` needs, or '' when any case and accents will do. */
export function exactOf(owners: OwnerExact, o: number): string {
  const { exactAt } = owners;
  let lo = 0;
  let hi = exactAt.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = exactAt[mid]!;
    if (at === o) return owners.exactText[mid]!;
    if (at < o) lo = mid + 1;
    else hi = mid - 1;
  }
  return '';
}

/** The texts of a list with one per slot ('' for none), kept sparsely. */
export function sparseExact(texts: readonly string[]): OwnerExact {
  const exact: OwnerExact = { exactAt: [], exactText: [] };
  texts.forEach((text, o) => {
    if (text === '') return;
    exact.exactAt.push(o);
    exact.exactText.push(text);
  });
  return exact;
}

/** One text per slot of `slots` ('' for none). */
export function denseExact(owners: OwnerExact, slots: number): string[] {
  const texts = new Array<string>(slots).fill('');
  owners.exactAt.forEach((o, k) => (texts[o] = owners.exactText[k]!));
  return texts;
}
