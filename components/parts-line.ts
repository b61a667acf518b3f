import type { FoundPart } from '../glossary/word-parts/decompose';

/** "pyelo (the kidney's collecting basin) + nephr (kidney) + itis (inflammation)". */
export function partsLine(parts: readonly FoundPart[]): string {
  return parts.map((part) => `${part.text} (${part.meaning})`).join(' + ');
}
