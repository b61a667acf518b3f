import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATEGORY_IDS } from '../../glossary/categories';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import {
  checkPack, foldSurface, formatProblem, MAX_AVERAGE_GRADE, MAX_GRADE, MIN_ENTRIES, MIN_PER_CATEGORY, packStats, SEED_TERMS,
} from '../../glossary/pack-checks';
import { readPackDir } from '../../glossary/packs/read-pack-dir';

const dir = resolve(import.meta.dirname, '../../glossary/packs/health');
const { manifest, files } = readPackDir(dir);
const { entries, problems } = checkPack(manifest, files);
const stats = packStats(entries.map(({ entry }) => entry));

describe('the bundled "Health basics" pack', () => {
  it('validates: schema, unique ids, resolving related ids, one owner per surface form, lengths', () => {
    // Each line names file › entry › field, so a failure says exactly what to fix.
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it(`holds at least ${MIN_ENTRIES} entries`, () => {
    expect(stats.total).toBeGreaterThanOrEqual(MIN_ENTRIES);
  });

  it.each(BUNDLED_CATEGORY_IDS)(`has at least ${MIN_PER_CATEGORY} entries in %s`, (category) => {
    expect(stats.perCategory[category]).toBeGreaterThanOrEqual(MIN_PER_CATEGORY);
  });

  it(`reads at grade ${MAX_AVERAGE_GRADE} or below on average, none above ${MAX_GRADE}`, () => {
    expect(stats.averageGrade).toBeLessThanOrEqual(MAX_AVERAGE_GRADE);
    const tooHard = entries.filter((_, index) => stats.grades[index]! > MAX_GRADE).map(({ entry }) => entry.id);
    expect(tooHard).toEqual([]);
  });

  it.each(SEED_TERMS)('explains the seed term "%s"', (seed) => {
    const surfaces = entries.flatMap(({ entry }) => [entry.term, ...entry.aliases, ...entry.forms]).map(foldSurface);
    expect(surfaces).toContain(foldSurface(seed));
  });

  it('never gives advice in the short text', () => {
    const advice = entries.filter(({ entry }) => /\b(you should|talk to your doctor|ask your doctor|you must)\b/i.test(entry.short));
    expect(advice.map(({ entry }) => entry.id)).toEqual([]);
  });
});

describe('a longer name inside which a shorter term stands', () => {
  // An entry's word inside another thing's name must not show its card there: the longer name
  // needs an entry (or alias) of its own, and the longest match wins.
  const compiled = compile([{ packId: 'health-basics', entries: entries.map(({ entry }) => entry) }]);
  const matcher = createMatcher(compiled);
  const idsIn = (text: string) => matcher.findInText(text).map((match) => `${text.slice(match.start, match.end)} → ${compiled.entries[match.entry]!.id}`);

  it.each([
    ['An osteoid osteoma often hurts at night.', 'osteoid osteoma → osteoid-osteoma'],
    ['An osteoma of the skull is a hard growth.', 'osteoma → osteoma'],
    ['The lesion was removed by Mohs microsurgery.', 'Mohs microsurgery → mohs-surgery'],
    ['Doctors may use microsurgery to join small vessels.', 'microsurgery → microsurgery'],
    ['Her nails showed nail dysplasia from birth.', 'nail dysplasia → nail-dysplasia'],
    ['A biopsy found dysplasia in the cervix.', 'dysplasia → dysplasia'],
    ['Pyoderma gangrenosum causes deep, painful sores.', 'Pyoderma gangrenosum → pyoderma-gangrenosum'],
    ['Newborn screening can find sickle cell anemia.', 'sickle cell anemia → sickle-cell-anemia'],
    ['Newborn screening can find sickle-cell anemia.', 'sickle-cell anemia → sickle-cell-anemia'],
    ['Iron deficiency is a common cause of anemia.', 'anemia → anemia'],
    ['Paget disease of the bone makes bones weak.', 'Paget disease of the bone → pagets-disease-of-bone'],
    ['Some people with pseudobulbar affect laugh or cry suddenly.', 'pseudobulbar affect → pseudobulbar-affect'],
    ['Burkitt lymphoma grows very fast.', 'Burkitt lymphoma → burkitt-lymphoma'],
    ['Antibiotics can lead to pseudomembranous colitis.', 'pseudomembranous colitis → pseudomembranous-colitis'],
    ['Ulcerative colitis affects the large intestine.', 'Ulcerative colitis → ulcerative-colitis'],
    ['Takayasu arteritis narrows the aorta and its branches.', 'Takayasu arteritis → takayasu-arteritis'],
    ['A tight biceps femoris can pull on the knee.', 'biceps femoris → biceps-femoris'],
    ['Sugar alcohols such as xylitol can cause gas.', 'Sugar alcohols → sugar-alcohol'],
    ['The ECG showed normal sinus rhythm.', 'normal sinus rhythm → sinus-rhythm'],
    ['Early closure of the sagittal suture gives a long, narrow head.', 'sagittal suture → sagittal-suture'],
    ['Premature atrial contractions are common.', 'Premature atrial contractions → premature-atrial-contraction'],
    ['Basic life support includes chest compressions.', 'Basic life support → basic-life-support'],
    // A name written without its possessive still matches with it (variants.ts), and the full name of
    // an entry whose abbreviation has other meanings needs no cue word (the abbreviation has its own entry).
    ["Eisenmenger's syndrome develops over years.", "Eisenmenger's syndrome → eisenmenger-syndrome"],
    ['She has rheumatoid arthritis in both hands.', 'rheumatoid arthritis → rheumatoid-arthritis'],
    ['Her grandmother has macular degeneration.', 'macular degeneration → macular-degeneration'],
  ])('%s', (text, expected) => {
    expect(idsIn(text)).toContain(expected);
  });
});

describe('the pack checks themselves', () => {
  const base = { id: 'a', term: 'alpha', short: 'A short text.', explanation: 'One. Two.', category: 'blood', source: 'NHS', reviewed: '2026-11-30' };
  const manifestOk = { id: 'p', name: 'P', version: '1.0.0', language: 'en', license: 'MIT' };

  it.each([
    ['a duplicate id', [base, { ...base, term: 'beta' }], 'blood.json › a › id: duplicate id, also in blood.json'],
    ['an unknown related id', [{ ...base, related: ['zeta'] }], 'blood.json › a › related: unknown id "zeta"'],
    ['a surface form owned twice', [base, { ...base, id: 'b', term: 'beta', aliases: ['Alpha'] }], 'blood.json › b › aliases: "Alpha" also belongs to a'],
    ['the same letters in the same case', [{ ...base, term: 'MG', caseSensitive: true }, { ...base, id: 'b', term: 'MG' }], 'blood.json › b › term: "MG" also belongs to a'],
    ['letters one entry matches in any case', [{ ...base, term: 'iris' }, { ...base, id: 'b', term: 'IRIS' }], 'blood.json › b › term: "IRIS" also belongs to a'],
    ['a short text over 200 characters', [{ ...base, short: 'x'.repeat(201) }], 'blood.json › a › short: must be at most 200 characters'],
    ['an explanation over 600 characters', [{ ...base, explanation: `${'word '.repeat(120)}ends. Two.` }], 'blood.json › a › explanation: has 610 characters; at most 600'],
    ['a missing field', [{ ...base, source: undefined }], 'blood.json › a › source: Invalid type: Expected string but received undefined'],
    ['an entry in the wrong file', [{ ...base, category: 'skin' }], 'blood.json › a › category: is skin but the entry lives in blood.json'],
    ['more than five related entries', [{ ...base, related: ['b', 'c', 'd', 'e', 'f', 'g'] }, ...['b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ ...base, id, term: `term ${id}` }))], 'blood.json › a › related: lists 6 entries; at most 5'],
    ['an alias level for a name that is not an alias', [{ ...base, level: 'general', aliases: ['alfa'], aliasLevels: { alpha: 'technical' } }], 'blood.json › a › aliasLevels: "alpha" is not one of the entry\'s aliases'],
    [
      'a context-free word that is not one of the entry\'s',
      [{ ...base, aliases: ['alfa'], context: ['greek'], contextFree: ['alpha', 'alpah'] }],
      'blood.json › a › contextFree: "alpah" is not the entry\'s term, one of its aliases or one of its forms, written exactly as there',
    ],
    [
      'a context-free word in an entry without context words',
      [{ ...base, aliases: ['alfa'], contextFree: ['alfa'] }],
      'blood.json › a › contextFree: "alfa" changes nothing: the entry has no context words, so all its words match without them already',
    ],
  ])('names file, entry and field for %s', (_, list, message) => {
    const result = checkPack(manifestOk, new Map([['blood.json', list]]));
    expect(result.problems.map(formatProblem)).toContain(message);
  });

  // The matcher compares a form an entry writes in its own case with the text as written, so
  // milligrams ("mg", case-sensitive) and myasthenia gravis ("MG", capitals) never meet.
  it('lets two entries share letters that each matches only in its own, different case', () => {
    const list = [{ ...base, term: 'mg', caseSensitive: true }, { ...base, id: 'b', term: 'MG' }];
    const result = checkPack(manifestOk, new Map([['blood.json', list]]));
    expect(result.problems.map(formatProblem).filter((problem) => problem.includes('also belongs'))).toEqual([]);
  });
});

describe('the pages the browser tests use for word-parts guesses', () => {
  // Those pages need rare words the glossary does not explain; a new entry or alias can take one
  // (2.5 made "blepharoptosis" an alias of ptosis). Caught here in a second rather than in the
  // browser suite.
  const page = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/word-parts.html'), 'utf8');
  const guesses = [...page.matchAll(/data-expect="parts">([^<]+)</g)].map((m) => m[1]!);
  const unexplained = Object.keys((JSON.parse(/<script type="application\/json" id="expected">([\s\S]*?)<\/script>/.exec(page)![1]!) as { unexplained: Record<string, number> }).unexplained);

  it('hold words that no entry, alias or derived form of the pack matches', () => {
    expect(guesses.length).toBeGreaterThanOrEqual(4);
    const matcher = createMatcher(compile([{ packId: 'health-basics', entries: entries.map(({ entry }) => entry) }]));
    const taken = [...guesses, ...unexplained].filter((word) => matcher.findInText(`It was ${word} again.`, { healthTopic: true }).length > 0);
    expect(taken).toEqual([]);
  });
});
