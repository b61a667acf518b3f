import { describe, expect, it } from 'vitest';
import { isPrefixedAbbreviation } from '../../glossary/prefixed-abbreviation';
import { itSkips, itSkipsOnHealthPages, itUnderlines, underlinedIds } from './helpers/bundled-underline';

/** The word after the last hyphen of `text`, with the word before it, as TextWords reads them. */
function lastTwoWords(text: string): [number, number, number, number] {
  const hyphen = text.lastIndexOf('-');
  const prefixStart = text.slice(0, hyphen).search(/[A-Za-z]+$/);
  const end = hyphen + 1 + text.slice(hyphen + 1).search(/[^A-Za-z0-9]|$/);
  return [prefixStart, hyphen, hyphen + 1, end];
}
const prefixed = (text: string) => isPrefixedAbbreviation(text, ...lastTwoWords(text));

describe('an abbreviation a hyphen joins to a prefix of time', () => {
  it('counts capitals of two or more after post-, pre- and peri-, in any case of the prefix', () => {
    expect(['post-CABG', 'Post-MI', 'pre-TAVI', 'PRE-OP', 'peri-ICU', 'post-COVID'].map(prefixed)).toEqual([true, true, true, true, true, true]);
  });

  it('counts nothing else: other prefixes, a lone letter, small letters, another joiner', () => {
    expect(['anti-TG', 'non-HS', 'Pre-K', 'post-op', 'pre-HbA1c', "post'MI", 'compost-MI', 'xpre-MI'].map(prefixed)).toEqual(
      [false, false, false, false, false, false, false, false],
    );
  });
});

describe('abbreviations after post-, pre- and peri- in the bundled pack', () => {
  itUnderlines([
    ['Two years post-CABG with good exercise tolerance.', 'cabg'],
    ['Pre-CABG tests include an echo and lung function.', 'cabg'],
    ['Pre-TAVI CT of the aorta and iliac arteries is booked.', 'tavr'],
    ['Fatigue and breathlessness months after the infection are common post-COVID.', 'covid-19'],
    ['Pre-HIV era studies are hard to compare with today.', 'hiv'],
  ]);

  it('gives the same card to "post-CABG" as to "after a CABG", and leaves the next word alone', () => {
    expect(underlinedIds('Reviewed two years post-CABG in clinic.')).toEqual(underlinedIds('Reviewed two years after a CABG in clinic.'));
  });

  // Text with a unit folding changes is matched in a folded copy, which has lost its capitals and
  // whose positions shift where a ligature becomes two letters: the rule reads the original text.
  it('reads the original text where the matcher reads a folded copy: a non-breaking hyphen, a ligature before', () => {
    const afterA = underlinedIds('Reviewed two years after a CABG in clinic.');
    expect(afterA).toEqual(['cabg']);
    expect(underlinedIds('Reviewed two years post\u2011CABG in clinic.')).toEqual(afterA);
    expect(underlinedIds('Reviewed two years post\u2010CABG in clinic.')).toEqual(afterA);
    expect(underlinedIds('Re\ufb01lled scripts: two years post-CABG in clinic.')).toEqual(afterA);
    expect(underlinedIds('Two years post\u2011cabg in clinic.')).toEqual([]);
  });

  // The same letters standing alone get their cards, so the sentences below test the prefixes.
  itUnderlines([
    ['Her TG level was high after a fatty meal; fasting lipids are next.', 'tg'],
    ['HS with abscesses in the armpits.', 'hs'],
  ]);

  itSkips([
    ['Anti-TG antibodies were raised after a fatty meal; fasting lipids are next.', 'tg'],
  ]);

  itSkipsOnHealthPages([
    ['The non-HS form of the skin condition is milder, with abscesses in the armpits.', 'hs'],
    ['Anti-TG antibodies were raised; fasting lipids and cholesterol were normal.', 'tg'],
  ]);
});
