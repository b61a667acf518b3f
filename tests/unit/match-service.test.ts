import { describe, expect, it } from 'vitest';
import { matchBlock } from '../../glossary/block-match';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { MatchService } from '../../utils/background/match-service';
import { commonWordList } from '../../scripts/lib/common-words';
import { entry } from './helpers/entries';

/**
 * The background's matching for web pages (utils/background/match-service.ts) and the pure block matcher
 * under it, with the real compiler, matcher, word lists and word-part table.
 */

const COMMON_WORDS = commonWordList();

function glossary(mutedIds: string[] = []) {
  return compile(
    [{
      packId: 'health',
      entries: [
        entry('anemia', 'anemia'),
        entry('blood', 'blood', { level: 'everyday' }),
        entry('blood-pressure', 'blood pressure', { level: 'general' }),
        entry('nephritis', 'nephritis'),
      ],
    }],
    { mutedIds },
  );
}

function service(mutedIds: string[] = [], revision = 'r1') {
  const matches = new MatchService(() => COMMON_WORDS);
  matches.setGlossary(revision, glossary(mutedIds));
  return matches;
}

const request = (segments: string[], change: Partial<{ underline: 'technical' | 'general' | 'everyday'; wordParts: boolean; healthTopic: boolean }> = {}) => ({
  segments,
  healthTopic: false,
  underline: 'general' as const,
  wordParts: true,
  ...change,
});

describe('the match service', () => {
  it('answers nothing before a glossary is published', () => {
    const matches = new MatchService(() => COMMON_WORDS);
    expect(matches.match(request(['anemia']), [])).toBeNull();
    expect(matches.explainSelection('anemia', [])).toBeNull();
    expect(matches.unexplained([['anemia']], true, [])).toBeNull();
  });

  it('names the revision and the entries its matches stand for, each once', () => {
    const reply = service().match(request(['anemia and ', 'anemia; blood pressure']), [])!;
    expect(reply.revision).toBe('r1');
    expect(reply.terms.map((found) => [found.start.segment, found.start.offset])).toEqual([[0, 0], [1, 0], [1, 8]]);
    expect(reply.entries.map(([, named]) => named.id).sort()).toEqual(['anemia', 'blood-pressure']);
    for (const [index, named] of reply.entries) expect(glossary().entries[index]!.id).toBe(named.id);
  });

  it('filters by the underline level the page asks for', () => {
    const matches = service();
    const ids = (underline: 'technical' | 'general' | 'everyday') => {
      const reply = matches.match(request(['blood, blood pressure, anemia'], { underline }), [])!;
      return reply.terms.map((found) => reply.entries.find(([index]) => index === found.entry)![1].id);
    };
    expect(ids('everyday')).toEqual(['blood', 'blood-pressure', 'anemia']);
    expect(ids('general')).toEqual(['blood-pressure', 'anemia']);
    expect(ids('technical')).toEqual(['anemia']);
  });

  it('guesses rare words from their parts only when asked, and never for a glossary word or a muted one', () => {
    const matches = service();
    const words = (segments: string[], wordParts: boolean, muted: string[] = []) => matches.match(request(segments, { wordParts }), muted)!.guesses.map((guess) => guess.word);
    expect(words(['signs of glomerulitis and nephritis'], true)).toEqual(['glomerulitis']);
    expect(words(['signs of glomerulitis'], false)).toEqual([]);
    // A new glossary starts a new explainer: the old one's cache cannot leak a guess.
    const mutedNephritis = service(['health:nephritis']);
    expect(mutedNephritis.match(request(['nephritis']), ['health:nephritis'])!.guesses).toEqual([]);
    expect(mutedNephritis.match(request(['nephritis']), ['health:nephritis'])!.terms).toEqual([]);
  });

  it('starts over with a new glossary, and keeps the same one as it is', () => {
    const matches = service();
    matches.setGlossary('r2', compile([{ packId: 'health', entries: [entry('gout', 'gout')] }]));
    const reply = matches.match(request(['anemia and gout']), [])!;
    expect(reply.revision).toBe('r2');
    expect(reply.entries.map(([, named]) => named.id)).toEqual(['gout']);
  });

  it('explains a selection as a term, a guess or a search', () => {
    const matches = service();
    expect(matches.explainSelection('Blood pressure', [])).toEqual({ entry: expect.objectContaining({ id: 'blood-pressure' }) });
    expect(matches.explainSelection('glomerulitis', [])).toMatchObject({ guess: { word: 'glomerulitis' } });
    expect(matches.explainSelection('blood pressure readings', [])).toEqual({ search: 'blood pressure readings' });
  });

  it('lists the rare words of a page nothing explains', () => {
    const words = service().unexplained([['The xylazine and tetrodotoxin reports.', '\n.\n', 'More xylazine.'], ['anemia']], true, [])!;
    expect(words).toEqual([{ word: 'xylazine', count: 2 }, { word: 'tetrodotoxin', count: 1 }]);
  });
});

describe('one block matched', () => {
  it('reports topic evidence among its matches, once per entry', () => {
    const compiled = glossary();
    const matcher = createMatcher(compiled);
    const found = matchBlock(matcher, null, ['anemia, anemia and nephritis'], { healthTopic: false });
    const evidence = found.evidence.map((index) => compiled.entries[index]!.id).sort();
    expect(found.terms.length).toBe(3);
    expect(evidence).toEqual(['anemia', 'nephritis']);
    for (const index of found.evidence) expect(found.terms.some((match) => match.entry === index && matcher.isTopicEvidence(match))).toBe(true);
    expect(found.guesses).toEqual([]);
  });
});
