import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partsLine } from '../../components/parts-line';
import { compileWordParts, wordPartsEnv, type DecomposeEnv } from '../../glossary/word-parts/decompose';
import {
  candidateWords,
  mutedWordCheck,
  UnexplainedTally,
  wordListEnv,
  WordPartsExplainer,
  type CoveredSpan,
} from '../../glossary/word-parts/page-words';
import { checkWordParts } from '../../glossary/word-parts/schema';
import { commonWordList } from '../../scripts/lib/common-words';
import { subtlexRankOf } from '../../scripts/lib/subtlex';
import { myTermsPath, termToAdd } from '../../utils/messages/my-terms-link';
import { DEFAULT_SETTINGS, resolveSettings } from '../../glossary/settings-schema';

const ROOT = resolve(import.meta.dirname, '../..');
const table = checkWordParts(JSON.parse(readFileSync(resolve(ROOT, 'glossary/word-parts/parts.json'), 'utf8')));
const compiled = compileWordParts(table.rows);
const list = commonWordList();
const env = wordListEnv(list);

const span = (segment: number, start: number, end: number, endSegment = segment): CoveredSpan => ({
  start: { segment, offset: start },
  end: { segment: endSegment, offset: end },
});
const words = (segments: string[], covered: CoveredSpan[] = []) => candidateWords(segments, covered).map((word) => word.text);

describe('the shipped common-word list', () => {
  it('holds the 20,000 most frequent SUBTLEX-US words, one a line', () => {
    const lines = list.split('\n');
    expect(lines.length).toBe(20_000);
    expect(lines.slice(0, 3)).toEqual(['you', 'i', 'the']);
    expect(lines.every((word) => /^[a-z]+$/.test(word))).toBe(true);
  });

  it('answers exactly as the SUBTLEX ranks do for the word-parts check', () => {
    const reference = wordPartsEnv(subtlexRankOf);
    const sample = ['understanding', 'photographs', 'hepatitis', 'arthritis', 'vasectomy', 'blepharoptosis', 'pyelonephritis', 'carpenters', 'walked', 'nephrology'];
    for (const word of sample) expect(env.isCommonWord(word), word).toBe(reference.isCommonWord(word));
  });
});

describe('candidate words in a block', () => {
  it('takes lower-case words of 7 to 40 letters only', () => {
    expect(words(['The blepharoptosis was mild; Osteomalacia and ptosis, but not NEPHRITIS.'])).toEqual(['blepharoptosis']);
    expect(words([`${'a'.repeat(41)} ${'b'.repeat(40)}`])).toEqual(['b'.repeat(40)]);
  });

  it('leaves out tokens that are not words: digits, addresses, paths, identifiers', () => {
    expect(words(['brca1mutation osteomalacia2 www.cardiomegaly.org user@nephrology.net /usr/hepatitis x_arthritis'])).toEqual([]);
    expect(words(['e.g. cardiomegaly. Then nephrology, (hepatomegaly) and gastro-oesophageal'])).toEqual(['cardiomegaly', 'nephrology', 'hepatomegaly', 'oesophageal']);
  });

  it('leaves out half a word split across inline elements, but takes a word that ends a segment', () => {
    expect(words(['soft osteo', 'malacia here'])).toEqual([]);
    expect(words(['it was blepharoptosis', ' and more'])).toEqual(['blepharoptosis']);
  });

  it('skips words a glossary match covers, even across segments', () => {
    const segments = ['acute pyelonephritis and', ' blepharoptosis then sialadenitis'];
    expect(words(segments, [span(0, 6, 20)])).toEqual(['blepharoptosis', 'sialadenitis']);
    expect(words(segments, [span(0, 21, 16, 1)])).toEqual(['pyelonephritis', 'sialadenitis']);
    expect(words(segments, [span(0, 6, 20), span(1, 21, 33)])).toEqual(['blepharoptosis']);
  });

  it('reports offsets into the segment', () => {
    const [found] = candidateWords(['see hepatosplenomegaly.'], []);
    expect(found).toEqual({ segment: 0, start: 4, end: 22, text: 'hepatosplenomegaly' });
  });
});

describe('the explainer', () => {
  it('builds the table and the word set only when the first candidate needs them', () => {
    let builds = 0;
    const explainer = new WordPartsExplainer({
      compiled: () => (builds++, compiled),
      env: () => (builds++, env),
    });
    expect(builds).toBe(0);
    expect(explainer.explain('blepharoptosis')?.parts.map((part) => part.text)).toEqual(['blepharo', 'ptosis']);
    expect(builds).toBe(2);
    explainer.explain('hepatosplenomegaly');
    expect(builds).toBe(2);
  });

  it('guesses rare medical words only: never common English, glossary words or muted ones', () => {
    const explainer = new WordPartsExplainer({
      compiled: () => compiled,
      env: () => env,
      isGlossaryWord: (word) => word === 'pyelonephritis',
      isMuted: mutedWordCheck(['onychomalacia']),
    });
    expect(explainer.explain('understanding')).toBeNull();
    expect(explainer.explain('arthritis')).toBeNull();
    expect(explainer.explain('pyelonephritis')).toBeNull();
    expect(explainer.explain('onychomalacia')).toBeNull();
    expect(explainer.explain('borborygmi')).toBeNull();
    const guess = explainer.explain('blepharoptosis')!;
    expect(partsLine(guess.parts)).toBe('blepharo (eyelid) + ptosis (drooping)');
    expect(guess.sentence).toBe('Drooping of the eyelid.');
  });

  it('keeps its per-page cache bounded', () => {
    let calls = 0;
    const counting: DecomposeEnv = { isCommonWord: (word) => (calls++, env.isCommonWord(word)) };
    const explainer = new WordPartsExplainer({ compiled: () => compiled, env: () => counting, cacheSize: 100 });
    for (let i = 0; i < 1_000; i++) explainer.explain(`zz${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}word`);
    expect(explainer.cached).toBeLessThanOrEqual(100);
    calls = 0;
    explainer.explain('blepharoptosis');
    explainer.explain('blepharoptosis');
    expect(calls).toBeGreaterThan(0);
    const once = calls;
    explainer.explain('blepharoptosis');
    expect(calls).toBe(once);
  });

  it('mutes a word through its own id or the id of its singular', () => {
    const muted = mutedWordCheck(['nephrolithiasis', 'bronchiectasis', 'health:colonoscopy', 'user-my-terms:stent']);
    expect(muted('nephrolithiasis')).toBe(true);
    expect(muted('colonoscopies')).toBe(true);
    expect(muted('stents')).toBe(true);
    expect(muted('blepharoptosis')).toBe(false);
    expect(mutedWordCheck([])('anything')).toBe(false);
  });
});

describe("the popup's list of words nothing explains", () => {
  const explained = (word: string) => env.isCommonWord(word) || word === 'blepharoptosis';

  it('counts rare words with their capitalised uses, most frequent first', () => {
    const tally = new UnexplainedTally();
    tally.addBlock(['Borborygmi are normal. Some borborygmi after meals; loud borborygmi.', '\n.\n', 'A xanthelasma near the eye.'], []);
    tally.addBlock(['Xanthelasma again, and blepharoptosis.'], []);
    expect(tally.list(explained)).toEqual([
      { word: 'borborygmi', count: 3 },
      { word: 'xanthelasma', count: 2 },
    ]);
  });

  it('ignores names, acronyms, gene symbols and numbers', () => {
    const tally = new UnexplainedTally();
    tally.addBlock(['Dr Kowalczyk and Professor Oyelaran found BRCA1, TP53 and HbA1c changes in 2021 (mutations123).'], []);
    expect(tally.list(explained)).toEqual([]);
  });

  it('leaves out words the glossary covers anywhere on the page, and what the caller says is explained', () => {
    const tally = new UnexplainedTally();
    tally.addBlock(['meralgia here, meralgia there; dysdiadochokinesia once'], [span(0, 0, 8)]);
    tally.addBlock(['blepharoptosis and understanding'], []);
    expect(tally.list(explained)).toEqual([{ word: 'dysdiadochokinesia', count: 1 }]);
  });

  it('lists at most the limit it is given', () => {
    const tally = new UnexplainedTally();
    tally.addBlock([Array.from({ length: 60 }, (_, i) => `zzq${'abcdefghij'[i % 10]}${'abcdefghij'[Math.floor(i / 10)]}word`).join(' ')], []);
    expect(tally.list(explained, 10)).toHaveLength(10);
  });
});

describe('a link that adds a word to My terms', () => {
  it('carries the word to options.html?add=…#my-terms and back', () => {
    expect(myTermsPath('blepharoptosis')).toBe('/options.html?add=blepharoptosis#my-terms');
    expect(termToAdd(new URL(`chrome-extension://x${myTermsPath("Meniere's disease")}`).search)).toBe("Meniere's disease");
  });

  it.each([
    ['no parameter', ''],
    ['an empty word', '?add='],
    ['markup', `?add=${encodeURIComponent('<img src=x onerror=alert(1)>')}`],
    ['a URL', `?add=${encodeURIComponent('https://example.com')}`],
    ['digits first', '?add=123abc'],
    ['a very long word', `?add=${'a'.repeat(101)}`],
  ])('refuses %s', (_, search) => {
    expect(termToAdd(search)).toBeNull();
  });
});

describe('the wordParts setting', () => {
  it('is on by default, can be switched off, and falls back alone when garbled', () => {
    expect(DEFAULT_SETTINGS.wordParts).toBe(true);
    expect(resolveSettings({ wordParts: false }).wordParts).toBe(false);
    expect(resolveSettings({ wordParts: 'no', color: 'rose' })).toEqual({ ...DEFAULT_SETTINGS, color: 'rose' });
  });
});
