import { describe, expect, it } from 'vitest';
import { isAuthorInitials } from '../../glossary/author-initials';
import { itSkipsOnHealthPages, itUnderlinesOnHealthPages, underlinedIds } from './helpers/bundled-underline';

/** Whether the first `letters` in `text` stand as an author's initials. */
const initials = (text: string, letters: string) => {
  const at = text.indexOf(letters);
  return isAuthorInitials(text, at, at + letters.length);
};

describe("an author's initials in a citation", () => {
  it('counts each name of a Vancouver list, with or without "et al", when a journal year with its semicolon follows', () => {
    const citation = 'Brown CA, Patel MI, Nguyen AD, et al. Outcomes after stenting. Lancet. 2021;397:101-9.';
    expect(['CA', 'MI', 'AD'].map((letters) => initials(citation, letters))).toEqual([true, true, true]);
    expect(initials('Garcia PE, Lee TB. Clots in pregnancy. Chest. 2018 Mar;154:12-20.', 'TB')).toBe(true);
    expect(initials("O'Neill-Ward HD. A single author's review. Neurology. 2022;98:55-63.", 'HD')).toBe(true);
  });

  it('counts names before a year in brackets (Harvard style)', () => {
    expect(initials('Adapted from Wilson BP and Hughes RA (2017), with permission.', 'BP')).toBe(true);
    expect(initials('Adapted from Wilson BP and Hughes RA (2017), with permission.', 'RA')).toBe(true);
  });

  it('counts nothing without the year: a family history, an exam line, letters after a heading word', () => {
    expect(initials('Family history: Mother HTN, Father MI.', 'MI')).toBe(false);
    expect(initials('Family history: Mother HTN, Father MI. Seen again 2019 for chest pain.', 'MI')).toBe(false);
    expect(initials('Findings: Left MCA, Right ICA patent.', 'ICA')).toBe(false);
    expect(initials('In AF, the upper chambers quiver. See Chest. 2018;154:12.', 'AF')).toBe(false);
  });

  it('counts only capitals right after a surname: not four capitals, not letters after "the"', () => {
    expect(initials('Smith COPD, Jones HR. Title. J Med. 2019;1:1.', 'COPD')).toBe(false);
    expect(initials('after the MI, Jones HR. Title. J Med. 2019;1:1.', 'MI')).toBe(false);
  });
});

describe('reference lists on health pages, in the bundled pack', () => {
  itSkipsOnHealthPages([
    ['Brown CA, Patel MI, Nguyen AD, et al. Outcomes after stenting for coronary artery disease. Lancet. 2021;397:101-9.', 'mi'],
    ['Garcia PE, Lee TB. Pulmonary embolism in pregnancy: a review. Chest. 2018;154:12-20.', 'pe'],
    ['Kim GA, Rossi MD, Okafor CT. Anaesthesia for day-case surgery. Br J Anaesth. 2020;125:e1-8.', 'ga'],
    ['1. Chen HD, Alvarez PT. Huntington disease: a clinical update. Neurology. 2022;98:55-63.', 'hd'],
  ]);

  // The same letters as shorthand in notes keep their cards.
  itUnderlinesOnHealthPages([
    ['Family history: Mother HTN, Father MI at 52.', 'mi'],
    ['Admitted with a PE, started on heparin. Seen in clinic in 2018; no recurrence.', 'pe'],
  ]);

  it('still explains the words of the title', () => {
    expect(underlinedIds('Garcia PE, Lee TB. Pulmonary embolism in pregnancy: a review. Chest. 2018;154:12-20.', true)).toContain('pulmonary-embolism');
  });
});
