import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWordParts, decompose, wordPartsEnv, type DecomposeEnv } from '../../glossary/word-parts/decompose';
import { checkWordParts, formatWordPartProblems } from '../../glossary/word-parts/schema';
import { subtlexRankOf, subtlexRanks } from '../../scripts/lib/subtlex';

const ROOT = resolve(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

const table = checkWordParts(readJson('glossary/word-parts/parts.json'));
const compiled = compileWordParts(table.rows);
/** The shape rules alone: every word is treated as rare. */
const rare: DecomposeEnv = { isCommonWord: () => false };
/** What the extension passes: SUBTLEX-US ranks, common below WORD_PARTS_COMMON_RANK. */
const real = wordPartsEnv(subtlexRankOf);

interface LabelledWord {
  word: string;
  parts: string[];
}
interface Trap {
  word: string;
  looksLike?: string;
}
const words = readJson('tests/unit/data/word-parts-words.json') as LabelledWord[];
const traps = readJson('tests/unit/data/word-parts-traps.json') as Trap[];

describe('the word-part table', () => {
  it('is valid, with no spelling used twice for one kind', () => {
    expect(formatWordPartProblems(table.problems)).toEqual([]);
  });

  it('holds at least 380 parts of every kind', () => {
    const count = (kind: string) => table.rows.filter((row) => row.kind === kind).length;
    console.log(`word parts: ${table.rows.length} (${count('prefix')} prefixes, ${count('root')} roots, ${count('suffix')} suffixes)`);
    expect(table.rows.length).toBeGreaterThanOrEqual(380);
    expect(count('prefix')).toBeGreaterThanOrEqual(50);
    expect(count('suffix')).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['a kind that does not exist', [{ part: 'cardi', kind: 'stem', meaning: 'heart' }], '#0 cardi › kind: must be one of: prefix, root, suffix'],
    ['a hyphen in the part', [{ part: '-itis', kind: 'suffix', meaning: 'inflammation' }], '#0 -itis › part: must be lower-case letters a-z only, without hyphens'],
    ['a capital in a variant', [{ part: 'hem', kind: 'root', meaning: 'blood', variants: ['Haem'] }], '#0 hem › variants.0: must be lower-case letters a-z only, without hyphens'],
    ['an empty meaning', [{ part: 'hem', kind: 'root', meaning: ' ' }], '#0 hem › meaning: must not be empty'],
    ['a missing meaning', [{ part: 'hem', kind: 'root' }], expect.stringMatching(/^#0 hem › meaning: /)],
    ['an unknown field', [{ part: 'hem', kind: 'root', meaning: 'blood', colour: 'red' }], '#0 hem › colour: must be an object with only part, kind, meaning, variants, general and site'],
    ['a site that is not a root', [{ part: 'itis', kind: 'suffix', meaning: 'inflammation', site: true }], '#0 itis › site: only a root can be a site'],
    [
      'a spelling used twice for one kind',
      [{ part: 'ped', kind: 'root', meaning: 'child' }, { part: 'pod', kind: 'root', meaning: 'foot', variants: ['ped'] }],
      '#1 pod › variants.0: "ped" is already a root in row #0 ped',
    ],
    ['a row that is not an object', [{ part: 'hem', kind: 'root', meaning: 'blood' }, 'cardi'], '#1 › -: must be an object with only part, kind, meaning, variants, general and site'],
    ['a meaning that is not a plain phrase', [{ part: 'hem', kind: 'root', meaning: 'Blood.' }], '#0 hem › meaning: must be a short lower-case phrase'],
  ])('reports %s, naming the row and field', (_name, rows, line) => {
    expect(formatWordPartProblems(checkWordParts(rows).problems)).toContainEqual(line);
  });

  it('reports a file that is not a list', () => {
    expect(formatWordPartProblems(checkWordParts({ part: 'hem' }).problems)).toEqual(['- › -: must be a JSON array of word parts']);
  });

  it('allows one spelling as two kinds ("blast" the root and the suffix)', () => {
    const rows = [{ part: 'blast', kind: 'root', meaning: 'immature cell' }, { part: 'blast', kind: 'suffix', meaning: 'immature cell' }];
    expect(checkWordParts(rows).problems).toEqual([]);
  });
});

const texts = (word: string, env: DecomposeEnv = rare) => decompose(word, compiled, env)?.parts.map((part) => part.text) ?? null;

describe('decomposing a rare medical word', () => {
  it.each([
    ['pyelonephritis', ['pyelo', 'nephr', 'itis'], "Inflammation of the kidney's collecting basin and the kidney."],
    ['osteomalacia', ['osteo', 'malacia'], 'Softening of the bone.'],
    ['blepharoptosis', ['blepharo', 'ptosis'], 'Drooping of the eyelid.'],
    ['cholecystectomy', ['cholecyst', 'ectomy'], 'Surgical removal of the gallbladder.'],
    ['hepatosplenomegaly', ['hepato', 'spleno', 'megaly'], 'Enlargement of the liver and the spleen.'],
    ['erythrocytosis', ['erythro', 'cytosis'], undefined],
    ['Cholecystectomies', ['cholecyst', 'ectomies'], 'Surgical removal of the gallbladder.'],
    ['osteophytes', ['osteo', 'phytes'], undefined],
    ['haematemesis', ['haemat', 'emesis'], undefined],
    ['oesophagitis', ['oesophag', 'itis'], 'Inflammation of the food pipe.'],
    ['endometritis', ['endo', 'metr', 'itis'], undefined],
    ['xerophthalmia', ['xer', 'ophthalm', 'ia'], undefined],
  ])('%s', (word, expected, sentence) => {
    const result = decompose(word, compiled, rare);
    expect(result?.parts.map((part) => part.text)).toEqual(expected);
    expect(result?.sentence).toBe(sentence);
  });

  it('gives each part its table spelling, kind and meaning', () => {
    expect(decompose('haemolysis', compiled, rare)?.parts).toEqual([
      { text: 'haemo', part: 'hem', kind: 'root', meaning: 'blood' },
      { text: 'lysis', part: 'lysis', kind: 'suffix', meaning: 'breakdown, destruction' },
    ]);
  });

  it.each([
    ['a common word', 'hepatitis', real],
    ['a short word', 'otitis', rare],
    ['a word with a digit', 'nephr0itis', rare],
    ['a word with a hyphen (the caller splits hyphenated words)', 'gastro-enteritis', rare],
    ['letters that are not a word at all', 'nephrnephrnephrnephrnephrnephrnephrnephritis', rare],
    ['a word with an unknown piece', 'nephroblorpitis', rare],
    ['a prefix and a suffix with no root', 'dysphagia', rare],
  ])('returns null for %s', (_name, word, env) => {
    expect(decompose(word, compiled, env)).toBeNull();
  });

  it('asks about frequency only for words long enough and made of letters', () => {
    const asked: string[] = [];
    const env: DecomposeEnv = { isCommonWord: (word) => (asked.push(word), false) };
    for (const word of ['cyst', 'x-ray', 'Pyelitis']) decompose(word, compiled, env);
    expect(asked).toEqual(['pyelitis']);
  });
});

describe('labelled rare medical words the glossary does not hold', () => {
  const results = words.map(({ word, parts }) => {
    const found = decompose(word, compiled, real);
    return { word, expected: parts, got: found?.parts.map((part) => part.part) ?? null, found };
  });
  const decomposed = results.filter((result) => result.got);
  const correct = decomposed.filter((result) => result.got!.join('+') === result.expected.join('+'));

  it('has at least 160 words, none of them common English', () => {
    expect(words.length).toBeGreaterThanOrEqual(160);
    expect(words.filter(({ word }) => real.isCommonWord(word)).map(({ word }) => word)).toEqual([]);
  });

  it('decomposes at least 90%, and at least 95% of those into the expected parts', () => {
    const decomposedShare = decomposed.length / results.length;
    const correctShare = correct.length / decomposed.length;
    console.log(
      `labelled words: ${results.length}; decomposed ${decomposed.length} (${(100 * decomposedShare).toFixed(1)}%); ` +
        `expected parts ${correct.length} of ${decomposed.length} (${(100 * correctShare).toFixed(1)}%)`,
    );
    console.log(`not decomposed: ${results.filter((result) => !result.got).map((result) => result.word).join(', ') || 'none'}`);
    const wrong = decomposed.filter((result) => !correct.includes(result));
    console.log(`other parts: ${wrong.map((result) => `${result.word} (${result.got!.join('+')})`).join(', ') || 'none'}`);
    expect(decomposedShare).toBeGreaterThanOrEqual(0.9);
    expect(correctShare).toBeGreaterThanOrEqual(0.95);
  });

  it('splits every word into texts that spell it, with a sentence only where one fits', () => {
    for (const { word, found } of decomposed) {
      expect(found!.parts.map((part) => part.text).join('')).toBe(word);
      if (found!.sentence) {
        expect(found!.sentence).toMatch(/^[A-Z][^.]*\.$/);
        expect(found!.parts.some((part) => part.kind === 'prefix')).toBe(false);
      }
    }
  });
});

describe('ordinary words never decompose', () => {
  it('has at least 110 traps', () => {
    expect(traps.length).toBeGreaterThanOrEqual(110);
  });

  // Frequency is switched off here: the shape rules alone must reject them.
  it.each(traps.map((trap) => [trap.word, trap.looksLike ?? '-'] as const))('%s (looks like %s)', (word) => {
    expect(texts(word)).toBeNull();
  });

  const top = [...subtlexRanks()].filter(([, rank]) => rank < 20_000).map(([word]) => word);

  it('none of the 20,000 most frequent SUBTLEX-US words, with the frequency list the extension passes', () => {
    const found = top.filter((word) => decompose(word, compiled, real));
    console.log(`SUBTLEX-US top 20,000 (${top.length} words): ${found.length} decomposed`);
    expect(found).toEqual([]);
  });

  it('with frequency switched off, only medical words among the 20,000 most frequent', () => {
    const found = top.filter((word) => decompose(word, compiled, rare)).sort();
    console.log(`SUBTLEX-US top 20,000 by shape rules alone: ${found.length} decomposed: ${found.join(', ')}`);
    expect(found).toEqual(
      [
        'appendicitis', 'arthritis', 'hematoma', 'hemorrhage', 'hepatitis', 'hypnosis', 'hypnotic', 'hysteria', 'leukemia', 'lobotomy',
        'narcotic', 'narcotics', 'neurotic', 'pneumonia', 'psychiatry', 'psychopath', 'psychosis', 'psychotic', 'thoracotomy', 'vasectomy',
      ].sort(),
    );
  });
});

describe('speed', () => {
  it('decomposes a page of words quickly, holding nothing between calls', () => {
    const all = [...subtlexRanks().keys()];
    const started = performance.now();
    let found = 0;
    for (const word of all) if (decompose(word, compiled, rare)) found++;
    const elapsed = performance.now() - started;
    console.log(`speed: ${all.length} SUBTLEX-US words (frequency off) in ${elapsed.toFixed(0)} ms, ${found} decomposed`);
    expect(elapsed).toBeLessThan(5_000);
  });
});
