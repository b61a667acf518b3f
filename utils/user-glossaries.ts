import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { EntryListSchema } from '../glossary/schema';

/** A glossary the user brought: imported from a file, or their own "My terms". */
export const UserGlossarySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^user-[a-z0-9-]{1,60}$/)),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100)),
  origin: v.picklist(['file', 'my-terms']),
  fileName: v.optional(v.pipe(v.string(), v.maxLength(260))),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  enabled: v.boolean(),
  entries: EntryListSchema,
});

export type UserGlossary = v.InferOutput<typeof UserGlossarySchema>;

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
