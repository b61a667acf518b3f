import type { CompiledGlossary } from './compile';
import { isMuted } from './muted-ids';
import { denseExact, sparseExact } from './owner-exact';

/**
 * Marks muted entries in tables compiled without them, instead of compiling the glossary again (half
 * a second for the bundled pack on a slow machine, which a reader waits for after "Don't highlight
 * this term"). Compiling with `mutedIds` marks those entries and moves their claims after every other
 * entry's claim to the same form, each group keeping its order (compile.ts, RANK_MUTED); this does
 * the same to the finished owner lists, so the tables match exactly as the compiled ones would.
 */
export function muteInTables(tables: CompiledGlossary, mutedIds: readonly string[]): CompiledGlossary {
  if (mutedIds.length === 0) return tables;
  const mutedSet = new Set(mutedIds);
  const muted = tables.entries.map((entry) => isMuted(mutedSet, entry.packId, entry.id));
  if (!muted.includes(true)) return tables;
  const { start, entry } = tables.owners;
  const exact = denseExact(tables.owners, entry.length);
  const freeBefore = new Uint8Array(entry.length);
  for (const o of tables.owners.free) freeBefore[o] = 1;
  const isFree = freeBefore.slice();
  const reordered = { entry: entry.slice(), exact: exact.slice() };
  for (let form = 0; form + 1 < start.length; form++) {
    const from = start[form]!;
    const to = start[form + 1]!;
    if (to - from < 2) continue;
    const order = [];
    for (let o = from; o < to; o++) if (!muted[entry[o]!]) order.push(o);
    if (order.length === 0 || order.length === to - from) continue;
    for (let o = from; o < to; o++) if (muted[entry[o]!]) order.push(o);
    order.forEach((o, k) => {
      reordered.entry[from + k] = entry[o]!;
      reordered.exact[from + k] = exact[o]!;
      isFree[from + k] = freeBefore[o]!;
    });
  }
  const owners = { start, entry: reordered.entry, ...sparseExact(reordered.exact), free: [] as number[] };
  for (let o = 0; o < entry.length; o++) if (isFree[o] === 1) owners.free.push(o);
  return { ...tables, entries: tables.entries.map((item, e) => (muted[e] ? { ...item, muted: true as const } : item)), owners };
}
