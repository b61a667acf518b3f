/**
 * Names that can reach an object's prototype when a program copies data key by key. A glossary
 * never needs them, so a file holding one anywhere is refused rather than cleaned: a file that
 * carries one was most likely made to attack something.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ForbiddenKey {
  key: string;
  /** Keys and array indexes from the top of the document down to the object holding `key`. */
  path: (string | number)[];
}

/** Every forbidden key in parsed JSON (up to `max`), found without assigning anything anywhere. */
export function findForbiddenKeys(value: unknown, max = 20): ForbiddenKey[] {
  const found: ForbiddenKey[] = [];
  // Iterative, so deeply nested input cannot overflow the call stack.
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0 && found.length < max) {
    const { value: node, path } = pending.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) pending.push({ value: node[i], path: [...path, i] });
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      for (const key of keys) if (FORBIDDEN_KEYS.has(key)) found.push({ key, path });
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        if (!FORBIDDEN_KEYS.has(key)) pending.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return found.slice(0, max);
}
