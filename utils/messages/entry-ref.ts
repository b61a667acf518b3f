import { builtOnce } from '../../glossary/built-once';
import { LIMITS } from '../../glossary/limits';
import * as v from 'valibot';

const part = () => v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.refChars));

/**
 * One entry of one glossary: the bundled pack's id or a user glossary's, and the entry's id in it.
 * Ids repeat across glossaries, so an entry is only ever named by both.
 */
const buildEntryRefSchema = () => v.strictObject({ packId: part(), id: part() });

export type EntryRef = v.InferOutput<ReturnType<typeof buildEntryRefSchema>>;

/** Built on first use (web pages evaluate this module). */
export const entryRefSchema = builtOnce(buildEntryRefSchema);

/** The entry a stored or received value names, or null when it is not exactly that shape. */
export function readEntryRef(value: unknown): EntryRef | null {
  const parsed = v.safeParse(entryRefSchema(), value);
  return parsed.success ? parsed.output : null;
}
