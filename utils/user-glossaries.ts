import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { UserGlossarySchema, type UserGlossary } from '../glossary/user-glossary-schema';

export { UserGlossarySchema, type UserGlossary };

/** Glossaries live in local storage (they can be large), never in sync. */
export const userGlossariesItem = storage.defineItem<unknown[]>('local:userGlossaries', { fallback: [], version: 1 });

/**
 * Reads stored glossaries, keeping every one that still validates: storage is written by our
 * pages, but a damaged item must cost only itself, never the others.
 */
export function parseUserGlossaries(stored: unknown): UserGlossary[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = v.safeParse(UserGlossarySchema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

export async function loadUserGlossaries(): Promise<UserGlossary[]> {
  return parseUserGlossaries(await userGlossariesItem.getValue());
}
