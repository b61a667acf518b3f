import { describe, expect, it } from 'vitest';
import { HashTable } from '../../glossary/hash-table';

describe('HashTable', () => {
  it('keeps a value per hash, 0 and negative hashes too, and answers -1 for the rest', () => {
    const table = new HashTable(4);
    table.set(0, 7);
    table.set(-5, 3);
    table.set(1 << 30, 9);
    expect([table.get(0), table.get(-5), table.get(1 << 30), table.get(42)]).toEqual([7, 3, 9, -1]);
    expect([table.has(0), table.has(42)]).toEqual([true, false]);
  });

  it('replaces a value with set', () => {
    const table = new HashTable(2);
    table.set(11, 1);
    table.set(11, 2);
    table.set(12, 4);
    expect([table.get(11), table.get(12)]).toEqual([2, 4]);
  });

  it('holds many hashes that share their low bits, and forgets them all on reset', () => {
    const table = new HashTable(2_000);
    for (let i = 0; i < 2_000; i++) table.set(i << 16, i);
    expect(Array.from({ length: 2_000 }, (_, i) => table.get(i << 16)).every((value, i) => value === i)).toBe(true);
    table.reset(3);
    expect(table.get(5 << 16)).toBe(-1);
    table.set(5 << 16, 1);
    expect(table.get(5 << 16)).toBe(1);
  });
});
