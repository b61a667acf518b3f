/**
 * Edits of the user's glossary list that the options page makes, as plain functions over the list:
 * each returns the whole next list, which the page stores in one write.
 */
import { uniqueName } from './import/plan';
import type { UserGlossary } from './user-glossary-schema';

/**
 * The list with a removed glossary back in its old place (the Undo after Remove). The list may
 * have changed since: the glossary goes back at `index` or at the end, once.
 */
export function withGlossaryPutBack(list: readonly UserGlossary[], glossary: UserGlossary, index: number): UserGlossary[] {
  const next = list.filter((item) => item.id !== glossary.id);
  next.splice(Math.min(index, next.length), 0, glossary);
  return next;
}

/** The list with glossary `id` renamed to `name`, made unique among the other glossaries' names. */
export function withGlossaryRenamed(list: readonly UserGlossary[], id: string, name: string, now: Date): UserGlossary[] {
  const others = list.filter((item) => item.id !== id).map((item) => item.name);
  return list.map((item) => (item.id === id ? { ...item, name: uniqueName(name, others), updatedAt: now.toISOString() } : item));
}
