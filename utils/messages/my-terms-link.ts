import { builtOnce } from '../../glossary/built-once';
import * as v from 'valibot';

/**
 * A word to add to My terms, as a link or a message may carry it: letters (any script), with
 * spaces, hyphens and apostrophes between them, at most 100 characters. Anything else is refused,
 * so a crafted link can only ever fill the Term field with a plain word.
 */
const buildTermToAddSchema = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.maxLength(100),
    v.regex(/^\p{L}[\p{L}\p{M}'’ -]*$/u),
  );

/** Built on first use (web pages evaluate this module). */
export const termToAddSchema = builtOnce(buildTermToAddSchema);

/** The options page's path that opens My terms with `term` filled in: `/options.html?add=…#my-terms`. */
export function myTermsPath(term: string): `/options.html${string}` {
  return `/options.html?${new URLSearchParams({ add: term })}#my-terms`;
}

/** The term an options-page URL asks to add (`?add=`), or null when there is none or it is not a plain word. */
export function termToAdd(search: string): string | null {
  const raw = new URLSearchParams(search).get('add');
  if (raw === null) return null;
  const parsed = v.safeParse(termToAddSchema(), raw);
  return parsed.success ? parsed.output : null;
}
