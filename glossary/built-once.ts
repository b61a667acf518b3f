/**
 * A value built on the first call and kept after that. For schemas in modules every web page
 * evaluates: a page that never needs one should not pay for building it at start-up.
 */
export function builtOnce<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}
