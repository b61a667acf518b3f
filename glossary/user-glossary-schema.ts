import * as v from 'valibot';
import { EntryListSchema } from './schema';

/** A glossary the user brought: imported from a file, or their own "My terms". */
export const UserGlossarySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^user-[a-z0-9-]{1,60}$/)),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100)),
  origin: v.picklist(['file', 'my-terms']),
  fileName: v.optional(v.pipe(v.string(), v.maxLength(260))),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  enabled: v.boolean(),
  /** Imported with "keep both": where an entry shares a word with another glossary's, cards show both. */
  keepBoth: v.optional(v.boolean()),
  entries: EntryListSchema,
});

export type UserGlossary = v.InferOutput<typeof UserGlossarySchema>;
