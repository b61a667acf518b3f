import { describe, expect, it } from 'vitest';
import { firstInOrder } from '../../glossary/first-in-order';

/** Items with many ties on `rank`; `id` tells equal items apart, so a test sees their order. */
function randomItems(count: number, ranks: number, seed: number): { rank: number; id: number }[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648);
  return Array.from({ length: count }, (_, id) => ({ rank: next() % ranks, id }));
}

const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;

describe('firstInOrder (the search keeps its first results without sorting every candidate)', () => {
  it('gives exactly what a stable sort and a slice give, ties included', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const items = randomItems(seed % 60, 1 + (seed % 7), seed);
      for (const limit of [1, 3, 20, 100]) {
        expect(firstInOrder(items, limit, byRank)).toEqual([...items].sort(byRank).slice(0, limit));
      }
    }
  });

  it('gives nothing for a limit of 0, and everything, in order, for a limit beyond the count', () => {
    const items = randomItems(10, 3, 7);
    expect(firstInOrder(items, 0, byRank)).toEqual([]);
    expect(firstInOrder(items, 50, byRank)).toEqual([...items].sort(byRank));
  });

  it('reads any iterable once, such as a Map of candidates', () => {
    const found = new Map(randomItems(30, 4, 3).map((item) => [item.id, item]));
    expect(firstInOrder(found.values(), 5, byRank)).toEqual([...found.values()].sort(byRank).slice(0, 5));
  });
});
