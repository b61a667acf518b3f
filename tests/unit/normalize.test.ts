import { describe, expect, it } from 'vitest';
import { canonicalExact, foldTerm, foldText, foldUnit, foldUnits, isFoldFree, originalEnd, originalStart } from '../../glossary/normalize';

describe('foldText', () => {
  it.each([
    ['ASCII is lower-cased with identical offsets', 'Muscle SPASM', 'muscle spasm', true],
    ['precomposed accents fold one to one', 'Ménière Résumé', 'meniere resume', true],
    ['typographic apostrophes become ASCII', 'artery’s ‘x’', "artery's 'x'", true],
    ['non-breaking hyphens become ASCII', 'heart‑beat heart‐beat', 'heart-beat heart-beat', true],
    ['NBSP, dashes and emoji stay as they are', 'a\u00a0b — 💪', 'a\u00a0b — 💪', true],
    ['Greek final sigma folds like the medial one', 'ΟΔΟΣ', 'οδοσ', true],
    ['"_" becomes a non-word character RegExp \\b agrees with', 'muscle_spasm', 'muscle\x7fspasm', true],
    ['decomposed accents drop their marks (needs a map)', 'Me\u0301nie\u0300re', 'meniere', false],
    ['ß expands (needs a map)', 'Fuß', 'fuss', false],
    ['ligatures and æ expand (needs a map)', 'ﬁber anæmia', 'fiber anaemia', false],
    ['soft hyphens vanish (needs a map)', 'arterio\u00adsclerosis', 'arteriosclerosis', false],
  ])('%s', (_name, input, folded, identity) => {
    const result = foldText(input);
    expect(result.text).toBe(folded);
    expect(result.map === null).toBe(identity);
  });

  it('maps every folded unit back to the original character it came from', () => {
    const text = 'Fuß e\u0301 ﬁx';
    const folded = foldText(text);
    expect(folded.text).toBe('fuss e fix');
    expect(Array.from(folded.map ?? [])).toEqual([0, 1, 2, 2, 3, 4, 6, 7, 7, 8]);
  });

  it.each([
    // [text, folded start, folded end, original start, original end]
    ['Fuß pain', 5, 9, 4, 8],
    ['e\u0301e\u0301 spasm', 3, 8, 5, 10],
    // The last matched letter carries a combining mark: the range must include the mark.
    ['Me\u0301nie\u0300re', 0, 7, 0, 9],
    ['Me\u0301nie\u0300re x', 0, 7, 0, 9],
  ])('maps ranges back to the original in %j', (text, start, end, from, to) => {
    const folded = foldText(text);
    expect(originalStart(folded, start)).toBe(from);
    expect(originalEnd(folded, end, text.length)).toBe(to);
  });
});

describe('term keys', () => {
  it.each([
    ['  Muscle   Spasm ', 'muscle spasm'],
    ['Ménière’s disease', "meniere's disease"],
    ['high\u00a0blood\npressure', 'high blood pressure'],
    ['Ме\u0301ningitis', 'меningitis'],
  ])('foldTerm(%j) = %j', (term, key) => {
    expect(foldTerm(term)).toBe(key);
  });

  it.each([
    ['MS’s', "MS's"],
    ['  HIV\u00a0 test ', 'HIV test'],
    ['e\u0301', 'é'],
    ['COPD', 'COPD'],
  ])('canonicalExact(%j) keeps case but not spacing or apostrophe style', (input, expected) => {
    expect(canonicalExact(input)).toBe(expected);
  });

  it('folds short words the way foldText folds fold-free text', () => {
    expect(foldUnits('Heart’S')).toBe("heart's");
    expect(foldUnits('X‑Ray')).toBe('x-ray');
    expect(foldUnits('Sjögren’s')).toBe("sjogren's");
  });
});

describe('isFoldFree', () => {
  it.each([
    ['plain ASCII', 'Muscle spasm', true],
    ['curly quotes, dashes, NBSP, ellipsis and emoji', '“It’s” — a\u00a0b… 💪 ©', true],
    ['Latin letters that fold to one unit', 'Café, Sjögren, Łódź, Ørsted', true],
    ['a letter that folds to two units', 'Straße', false],
    ['a ligature', 'Æsop', false],
    ['a letter longer in lower case', 'İzmir', false],
    ['a combining mark', 'e\u0301', false],
    ['a soft hyphen', 'a\u00adb', false],
    ['letters that fold to themselves', '検査 и', true],
    ['Greek and Russian capitals without marks', 'ΔF508, Μg, ДНК', true],
    ['the micro sign', '5 µg', true],
    ['a Greek letter with a mark', 'Ωμέγα', false],
    ['a capital sigma, whose lower case depends on the word end', 'ΟΔΟΣ', false],
    ['a Russian capital that folds to another letter', 'Й', false],
    ['a Roman numeral that lower case changes', 'Ⅳ', false],
    ['an underscore', 'a_b', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(isFoldFree(text)).toBe(expected);
  });

  it('says so only where foldUnit, unit by unit, gives what foldText gives', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const text = `A${String.fromCharCode(unit)}b`;
      if (!isFoldFree(text)) continue;
      const byUnit = Array.from(text, (c) => String.fromCharCode(foldUnit(c.charCodeAt(0)))).join('');
      const folded = foldText(text);
      if (folded.map !== null || folded.text !== byUnit || foldUnits(text) !== byUnit) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('leaves nothing for foldUnits to do in a text foldText made (the context rules compare its words unit by unit)', () => {
    const changed: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const folded = foldText(`A${String.fromCharCode(unit)}b`).text;
      if (foldUnits(folded) !== folded) changed.push(unit.toString(16));
    }
    expect(changed).toEqual([]);
    const page = 'The MUSCLE\u2019s x\u2010ray, \u0130stanbul, Stra\u00dfe, \ufb01ne \u{1D518} caf\u00e9';
    expect(foldUnits(foldText(page).text)).toBe(foldText(page).text);
  });
});
