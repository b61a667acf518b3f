import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { underlineMatcher } from '../../glossary/levels';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { GlossarySearch, toSearchDocuments } from '../../glossary/search';
import { underlinedIds } from './helpers/bundled-underline';

/**
 * Brands every adult knows are aliases one level below their medicine: plain by default (nobody
 * needs "Tylenol" explained on a page), yet the popup finds them and, under "every glossary word",
 * their card is the medicine's. A name also sold for a combination keeps its plain medicine only.
 */
const pack = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const compiled = compile([{ packId: pack.packId, entries: pack.entries }]);
const everyWord = underlineMatcher(createMatcher(compiled), compiled, 'everyday');
const search = new GlossarySearch(toSearchDocuments(pack.packId, pack.entries));
const idsAtEveryWord = (text: string) => everyWord.findInText(text).map((match) => compiled.entries[match.entry]!.id);

const HOUSEHOLD = [
  ['Tylenol', 'acetaminophen'],
  ['Advil', 'ibuprofen'],
  ['Motrin', 'ibuprofen'],
  ['Aleve', 'naproxen'],
  ['Benadryl', 'diphenhydramine'],
  ['Zyrtec', 'cetirizine'],
  ['Claritin', 'loratadine'],
  ['Imodium', 'loperamide'],
  ['Pepcid', 'famotidine'],
  ['Prilosec', 'omeprazole'],
  ['Nexium', 'esomeprazole'],
  ['MiraLAX', 'polyethylene-glycol-3350'],
  ['Metamucil', 'psyllium'],
  ['Mucinex', 'guaifenesin'],
  ['Pepto-Bismol', 'bismuth-subsalicylate'],
] as const;

describe('household brand names', () => {
  it.each(HOUSEHOLD)('%s: plain by default, the card of %s under "every glossary word"', (brand, id) => {
    const text = `She keeps ${brand} in the kitchen cupboard.`;
    expect(underlinedIds(text)).toEqual([]);
    expect(idsAtEveryWord(text)).toEqual([id]);
  });

  it.each(HOUSEHOLD)('%s: the popup\'s search puts %s first, typed in lower case', (brand, id) => {
    expect(search.search(brand.toLowerCase())[0]?.doc.id).toBe(id);
  });

  it('are found with a typo, as readers type them', () => {
    expect(search.search('tylenoll')[0]?.doc.id).toBe('acetaminophen');
    expect(search.search('benadril')[0]?.doc.id).toBe('diphenhydramine');
  });

  it('leave the medicine itself underlined by default', () => {
    expect(underlinedIds('Tylenol is a brand of acetaminophen.')).toEqual(['acetaminophen']);
  });

  it('give Allegra its card only near an allergy word: it is also a first name', () => {
    expect(idsAtEveryWord('Allegra Stratton was the press secretary.')).toEqual([]);
    expect(idsAtEveryWord('Allegra helps with hay fever.')).toContain('fexofenadine');
  });

  it('do not name one medicine where the brand sells a combination', () => {
    expect(idsAtEveryWord('He took Tylenol PM to sleep.')).not.toContain('acetaminophen');
    expect(idsAtEveryWord('Advil PM and Motrin PM help some people sleep.')).not.toContain('ibuprofen');
    expect(idsAtEveryWord('Mucinex DM eased the cough.')).not.toContain('guaifenesin');
  });
});
