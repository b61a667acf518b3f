import { LIMITS } from '../limits';
import { foldTerm } from '../normalize';

/**
 * An entry id made from its term: "Ménière's disease" → "menieres-disease". Terms with no letters
 * a–z or digits at all (other scripts) get "term-" plus a hash of the term, so the same term
 * keeps the same id on every import and a muted term stays muted after re-importing.
 */
export function idFromTerm(term: string): string {
  const kebab = foldTerm(term)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.idChars)
    .replace(/-+$/, '');
  return kebab !== '' ? kebab : `term-${fnv1a(term.normalize('NFC').trim())}`;
}

/** 32-bit FNV-1a as 8 hex digits: tiny, stable across browsers, and plenty for telling terms apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
