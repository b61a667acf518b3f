import { describe, expect, it } from 'vitest';
import { endsBeforeSuffixWord } from '../../glossary/suffixed-abbreviation';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages, underlinedIds } from './helpers/bundled-underline';

/** Whether a form ending where `text`'s first hyphen stands ends before a listed word. */
const beforeSuffix = (text: string) => endsBeforeSuffixWord(text, text.indexOf('-') < 0 ? text.indexOf('\u2011') : text.indexOf('-'));

describe('the end of an abbreviation before a hyphenated word', () => {
  it('counts the listed words, in any case, after a hyphen of any kind', () => {
    expect(['HIV-positive', 'CMV-negative red cells', 'AIDS-related', 'CT-guided', 'UV-induced', 'EBV-infected', 'HIV-Positive', 'HIV\u2011positive', 'hiv-negative'].map(beforeSuffix)).toEqual(
      [true, true, true, true, true, true, true, true, true],
    );
  });

  it('counts nothing else: other words, a word going on, a capital word, a number, no letter before', () => {
    expect(['PE-backed', 'AI-powered', 'HIV-positively', 'HIV-positive-ish', 'PD-L1', 'HIV-1', ' -positive', 'HIV-'].map(beforeSuffix)).toEqual(
      [false, false, false, false, false, false, false, false],
    );
  });
});

describe('abbreviations before -positive, -related and the like, in the bundled pack', () => {
  itUnderlines([
    ['HIV-positive mothers are offered treatment to protect the baby.', 'hiv'],
    ['AIDS-related illnesses fell sharply once treatment became widely available.', 'aids'],
    ['Her HIV-negative partner takes PrEP.', 'hiv'],
    ['Tumours that are HPV-positive respond better to radiotherapy.', 'hpv'],
  ]);

  itUnderlinesOnHealthPages([
    ['EBV-infected B cells multiply out of control in this lymphoma.', 'epstein-barr-virus'],
    ['A CT-guided biopsy of the lung was done under local anaesthetic.', 'ct'],
  ]);

  it('gives the same card to "HIV-positive" as to "positive for HIV", and none to the hyphenated word', () => {
    expect(underlinedIds('Mothers who are HIV-positive are offered treatment.')).toEqual(['hiv']);
    expect(underlinedIds('Mothers who are positive for HIV are offered treatment.')).toContain('hiv');
  });

  it('leaves a term written with its hyphenated word to that term: the longest match wins', () => {
    expect(underlinedIds('ER-positive breast cancer is treated with hormone therapy.', true)).toContain('estrogen-receptor');
    expect(underlinedIds('ER-positive breast cancer is treated with hormone therapy.', true)).not.toContain('er');
  });

  // Ordinary words never end a match inside a hyphenated word, and letters before other words stay as before.
  itSkips([
    ['The cold-blooded reptiles warmed up on the rocks.', 'cold'],
    ['Shares in PE-backed retailers fell after the results.', 'pe'],
  ]);

  itSkipsOnHealthPages([
    ['PE-backed chains now own many of the clinics that treat blood clots.', 'pe'],
    ['The ER-wide rollout of the new triage software starts in May.', 'er'],
  ]);
});
