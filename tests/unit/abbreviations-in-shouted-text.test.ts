/**
 * Abbreviations spelled as one of the commonest English words (AN for anorexia nervosa, AS for
 * ankylosing spondylitis or aortic stenosis, OR, MET, HIT, NICE): in a heading or a shouted
 * sentence, where every word is in capitals, the letters are the word itself and get no card;
 * in a sentence with small letters they keep their meaning (the sentence as the context rule reads
 * it, sentences.ts). Also the software sense of QoL.
 */
import { describe, expect, it } from 'vitest';
import { itLeavesWordPlain, itSkips, itSkipsOnHealthPages, itUnderlinesOnHealthPages, underlinedIds } from './helpers/bundled-underline';

describe('abbreviations spelled as common words, in headings and shouted text', () => {
  itSkipsOnHealthPages([
    ['AN UPDATE ON ANOREXIA NERVOSA CARE FOR YOUNG PEOPLE', 'an'],
    ['WHY AN EATING DISORDER CAN HIDE IN PLAIN SIGHT', 'an'],
    ['LIVING WELL AS ANKYLOSING SPONDYLITIS PATIENTS AGE', 'as'],
    ['HIT BY A CAR WHILE ON HEPARIN: WHAT HAPPENS NEXT', 'hit'],
  ]);
  itUnderlinesOnHealthPages([
    ['Weight restoration in restrictive AN usually needs a meal plan and family support.', 'an'],
    ['AN UPDATE ON ANOREXIA CARE. She was treated for restrictive AN last year.', 'an'],
    ['PMH: AN, OCD, on fluoxetine', 'an'],
  ]);
  it('keeps the full name written in capitals, which is no common word', () => {
    expect(underlinedIds('ANKYLOSING SPONDYLITIS: NEW GUIDANCE ON EXERCISE', true)).toContain('ankylosing-spondylitis');
  });
});

describe('QoL in software notes', () => {
  itLeavesWordPlain([
    ['The latest QoL update adds a dark mode and faster search.', 'QoL'],
    ['Patch 1.4 is mostly QoL fixes for the inventory screen.', 'QoL'],
  ]);
  itUnderlinesOnHealthPages([['Patients in the treatment arm reported better QoL at 12 months.', 'qol']]);
  itSkips([['Small QoL changes make the editor much nicer to use.', 'qol']]);
});
