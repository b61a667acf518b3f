import { describe, expect, it } from 'vitest';
import { FirstWordTable, firstWordsOf, hashSpan, NOT_FIRST, WordHasher } from '../../glossary/first-words';
import { BREAK_BEFORE, CAPITAL, GLUED, TextWords } from '../../glossary/text-words';
import { isFoldFree } from '../../glossary/normalize';

function read(text: string) {
  const list = new TextWords();
  list.read(text);
  return {
    list,
    words: Array.from({ length: list.count }, (_, w) => ({
      word: text.slice(list.start[w], list.end[w]),
      glued: (list.flags[w]! & GLUED) !== 0,
      breakBefore: (list.flags[w]! & BREAK_BEFORE) !== 0,
      capital: (list.flags[w]! & CAPITAL) !== 0,
    })),
  };
}

describe('TextWords', () => {
  it('reads runs of word characters, marking the ones glued to the word before', () => {
    const { words } = read("Don't x-ray the muscle\u2019s cells; interleukin-6 and 5-FU, 'quoted' -dash");
    expect(words.map((w) => w.word)).toEqual(['Don', 't', 'x', 'ray', 'the', 'muscle', 's', 'cells', 'interleukin', '6', 'and', '5', 'FU', 'quoted', 'dash']);
    expect(words.filter((w) => w.glued).map((w) => w.word)).toEqual(['t', 'ray', 's']);
  });

  it('marks the words a sentence break stands before', () => {
    const { words } = read('One two. Three "four." Five\n\nsix (seven) eight? nine');
    expect(words.filter((w) => w.breakBefore).map((w) => w.word)).toEqual(['Three', 'Five', 'six', 'nine']);
  });

  it('marks words with an ASCII capital', () => {
    const { words } = read('MS and ms, A-fib, Émile');
    expect(words.filter((w) => w.capital).map((w) => w.word)).toEqual(['MS', 'A']);
  });

  it("keeps each word's first-word hash, which hashSpan gives for the same units", () => {
    // Words that are ASCII only, and words whose first units are ASCII and later ones not.
    const text = 'Twitching MUSCLES, caf\u00e9 M\u00e9ni\u00e8re na\u00efVE word\u2014next \u{1D518}\u{1D52B} 12mg';
    const { list, words } = read(text);
    const hasher = new WordHasher();
    for (let w = 0; w < list.count; w++) {
      expect(list.hash[w]).toBe(hasher.hash(text, list.start[w]!));
      expect(list.end[w]).toBe(hasher.end);
      expect(words[w]!.capital).toBe(hasher.capital);
      expect(list.hash[w]).toBe(hashSpan(text, list.start[w]!, list.end[w]!));
    }
    expect(hashSpan('muscles', 0, 7)).toBe(list.hash[1]);
  });

  it('joins glued words into whole words', () => {
    const { list } = read("the x-ray's edge");
    expect([list.wholeWordStart(3), list.wholeWordEnd(1)]).toEqual([1, 3]);
    expect([list.wholeWordStart(0), list.wholeWordEnd(0), list.wholeWordEnd(4)]).toEqual([0, 0, 4]);
  });

  it('finds out as it reads whether the text is fold-free, as isFoldFree says, for every unit in and between words', () => {
    const list = new TextWords();
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const c = String.fromCharCode(unit);
      // Alone, between words, inside a word, after a word with a non-ASCII letter, and as the pair half of an emoji.
      for (const text of [c, `a ${c} b`, `ab${c}cd`, `Café${c}x`, `x \u{1F4AA}${c}`]) {
        list.read(text);
        if (list.foldFree !== isFoldFree(text)) wrong.push(`${unit.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
    // A text read after one that was not: the answer is the new text's.
    list.read('Straße');
    expect(list.foldFree).toBe(false);
    list.read('Strasse, Sjögren');
    expect(list.foldFree).toBe(true);
  });

  it('grows for a long text and does not keep its room for the short texts after it', () => {
    const list = new TextWords();
    list.read(Array.from({ length: 50_000 }, (_, i) => `w${i}`).join(' '));
    expect(list.count).toBe(50_000);
    expect(list.start[49_999]).toBeGreaterThan(0);
    list.read('two words');
    expect(list.count).toBe(2);
    expect(list.start.length).toBeLessThan(50_000);
    expect([list.start[1], list.end[1]]).toEqual([4, 9]);
  });

  it("lists as candidates every word a form may start with (the first-word filter's answer), in order", () => {
    const keys = ['blood pressure', 'muscle', 'twitch', "x-ray", 'bp'].sort();
    const table = new FirstWordTable(firstWordsOf(keys, () => false));
    const list = new TextWords();
    // Long enough to grow the arrays, with first words near the end too.
    const text = `${'Her blood pressure fell, a muscle twitched; the X-ray was clear. '.repeat(400)}Then BP and a twitch.`;
    list.read(text, table.filter);
    const candidates = Array.from(list.candidates.subarray(0, list.candidateCount));
    const firstWords = Array.from({ length: list.count }, (_, w) => w).filter((w) => table.startInfo(list.hash[w]!) !== NOT_FIRST);
    expect(firstWords.length).toBe(3 * 400 + 2);
    // The filter may let through a word that is no first word, never the other way round.
    expect(firstWords.every((w) => candidates.includes(w))).toBe(true);
    expect(candidates).toEqual([...candidates].sort((a, b) => a - b));
    expect(candidates.length).toBeLessThan(list.count / 2);
    // Without a filter every word is a candidate.
    list.read('one two three');
    expect(Array.from(list.candidates.subarray(0, list.candidateCount))).toEqual([0, 1, 2]);
  });
});
