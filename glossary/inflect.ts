/**
 * Inflected forms of one word. Plurals come from `pluralize` (irregular and many classical plurals),
 * unioned with the regular English plural and a few classical patterns it lacks, because medical
 * writing uses both ("viruses", "bronchi", "septa"). Surplus spellings that no text contains cost a
 * few trie nodes and nothing else; a missing real form costs a missed term, so we lean to surplus.
 */
import pluralize from 'pluralize-esm';

/** The regular English plural (and third-person singular): twitch → twitches, artery → arteries. */
function regularPlural(word: string): string {
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Classical plurals pluralize misses: [suffix, replacement, shortest stem]. The stem minimum keeps
 * short everyday words ("bus", "gum", "pus") out.
 */
const CLASSICAL: readonly (readonly [string, string, number])[] = [
  ['us', 'i', 4], // bronchus, alveolus, embolus, thrombus, uterus
  ['um', 'a', 3], // septum, atrium, bacterium, ileum
  ['a', 'ae', 3], // vertebra, cornea, fistula
  ['ex', 'ices', 2], // cortex, apex
  ['ix', 'ices', 2], // appendix, cervix
  ['nx', 'nges', 2], // larynx, pharynx, phalanx
  ['is', 'es', 2], // diagnosis, testis, pelvis
  ['itis', 'itides', 2], // arthritis
  ['ma', 'mata', 2], // stoma, carcinoma, trauma
  ['men', 'mina', 2], // foramen, lumen
  ['lion', 'lia', 2], // ganglion
  ['rion', 'ria', 2], // mitochondrion, criterion
];

/** Endings a classical rule would misread: anemia and carcinoma never take -ae. */
const NOT_CLASSICAL: readonly (readonly [string, RegExp])[] = [['a', /(ia|ma)$/]];

/** Irregular plurals outside both rule sets. */
const IRREGULAR: Readonly<Record<string, string>> = {
  viscus: 'viscera',
  corpus: 'corpora',
  genus: 'genera',
  femur: 'femora',
  epididymis: 'epididymides',
  iris: 'irides',
};

// Head words repeat across a glossary ("disease", "syndrome"); the compiler clears this when done.
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

export function clearPluralCache(): void {
  cache.clear();
}

/** Every plural spelling worth matching, without the word itself. */
export function pluralsOf(word: string): readonly string[] {
  let known = cache.get(word);
  if (known === undefined) {
    known = plurals(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, known);
  }
  return known;
}

function plurals(word: string): string[] {
  const out = new Set<string>([pluralize.plural(word), regularPlural(word)]);
  // "ch" sounds like k in stomach and monarch, which take a plain -s.
  if (/ch$/i.test(word)) out.add(`${word}s`);
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) out.add(keepCase(word, irregular));
  for (const [suffix, replacement, stem] of CLASSICAL) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= stem && !NOT_CLASSICAL.some(([s, r]) => s === suffix && r.test(lower))) {
      out.add(word.slice(0, word.length - suffix.length) + keepCase(word.slice(-suffix.length), replacement));
    }
  }
  out.delete(word);
  return [...out];
}

/** Irregular pasts and participles of verbs health writing uses; the regular forms are added too. */
export const IRREGULAR_VERBS: Readonly<Record<string, readonly string[]>> = {
  bleed: ['bled'],
  swell: ['swollen'],
  break: ['broke', 'broken'],
  burn: ['burnt'],
  sting: ['stung'],
  bite: ['bit', 'bitten'],
  tear: ['tore', 'torn'],
  shake: ['shook', 'shaken'],
  freeze: ['froze', 'frozen'],
  hurt: ['hurt'],
  sleep: ['slept'],
  eat: ['ate', 'eaten'],
  drink: ['drank', 'drunk'],
  fall: ['fell', 'fallen'],
  feel: ['felt'],
  wake: ['woke', 'woken'],
  grow: ['grew', 'grown'],
  spread: ['spread'],
  sweat: ['sweat'],
  lose: ['lost'],
};

/**
 * Verb forms: -s, -ing and -ed with the spelling changes English uses (ache → aching, throb →
 * throbbing, atrophy → atrophied). Doubling the last consonant depends on stress, which spelling
 * cannot tell (vomiting, not vomitting), so both spellings are produced.
 */
export function verbFormsOf(word: string): string[] {
  const out = new Set<string>([regularPlural(word)]);
  const lower = word.toLowerCase();
  for (const form of IRREGULAR_VERBS[lower] ?? []) out.add(keepCase(word, form));
  if (/ie$/i.test(word)) {
    out.add(`${word.slice(0, -2)}ying`);
    out.add(`${word}d`);
  } else if (/[^aeiouy]e$/i.test(word) || /[^aeio]ue$/i.test(word)) {
    out.add(`${word.slice(0, -1)}ing`);
    out.add(`${word}d`);
  } else if (/e$/i.test(word)) {
    out.add(`${word}ing`);
    out.add(`${word}d`);
  } else if (/[^aeiou]y$/i.test(word)) {
    out.add(`${word}ing`);
    out.add(`${word.slice(0, -1)}ied`);
  } else {
    out.add(`${word}ing`);
    out.add(`${word}ed`);
    // consonant-vowel-consonant ending, last letter not w/x/y: throb → throbbing
    const last = word.slice(-1);
    if (/[^aeiou][aeiou][b-df-hj-np-tvz]$/i.test(word)) {
      out.add(`${word}${last}ing`);
      out.add(`${word}${last}ed`);
    }
  }
  out.delete(word);
  return [...out];
}

function keepCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] !== undefined && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
