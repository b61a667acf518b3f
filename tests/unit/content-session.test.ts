import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { DEFAULT_SETTINGS, type Settings } from '../../glossary/settings-schema';
import { MatchService } from '../../utils/background/match-service';
import type { EntryReply } from '../../utils/messages/messaging';
import { commonWordList } from '../../scripts/lib/common-words';
import type { HighlightLook } from '../../entrypoints/content/drawn-style';
import { EntryCache, type EntryRef } from '../../entrypoints/content/entry-cache';
import { FrameState } from '../../entrypoints/content/frame-state';
import type { PageMatch, WordGuess } from '../../entrypoints/content/match-index';
import { STALE, type MatchSource } from '../../entrypoints/content/match-source';
import { pageCommands, type KeyboardCard, type SelectionLike } from '../../entrypoints/content/page-commands';
import { pageTerms, revealTerm, type ScannedPage } from '../../entrypoints/content/popup-handlers';
import { RemoteMatchSource } from '../../entrypoints/content/remote-match-source';
import { needsRescan, ScanLifecycle, type ScanControls } from '../../entrypoints/content/scan-lifecycle';
import { TermStepper } from '../../entrypoints/content/term-stepper';
import { entry } from './helpers/entries';

/**
 * The content script's session units, driven with small hand-written fakes in place of the page
 * (no DOM here) and of the message channel: the glossary, the background's match service and its
 * matcher are real.
 */

const HOST = 'clinic.example';

function stored(mutedIds: string[] = [], revision = 'r1') {
  const compiled = compile(
    [{ packId: 'health', entries: [entry('anemia', 'anemia'), entry('edema', 'edema'), entry('kidney', 'kidney', { level: 'everyday' })] },
      { packId: 'mine', entries: [entry('edema', 'edema', { short: 'My own words.' })] }],
    { mutedIds },
  );
  return { revision, compiled };
}

const COMMON_WORDS = commonWordList();

/** The background's match service with this glossary published. */
function served(mutedIds: string[] = [], revision = 'r1') {
  const { compiled } = stored(mutedIds, revision);
  const service = new MatchService(() => COMMON_WORDS);
  service.setGlossary(revision, compiled);
  return { service, compiled, mutedIds };
}

function settings(change: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...change };
}

function reply(ref: EntryRef): EntryReply {
  return { entry: entry(ref.id, ref.id), related: [] };
}

/** A match as the scanner records one: only whether its text is still on the page is read (the label tells ranges apart). */
function match(entryIndex: number, label: string, connected = true): PageMatch & { label: string } {
  return { entry: entryIndex, label, range: { label, startContainer: { isConnected: connected } } } as unknown as PageMatch & { label: string };
}

describe('the entry cache', () => {
  function counting() {
    const asked: string[] = [];
    const cache = new EntryCache(async (ref) => {
      asked.push(`${ref.packId}/${ref.id}`);
      return reply(ref);
    }, 3);
    return { asked, cache };
  }

  it('asks the background once per term, telling glossaries apart', async () => {
    const { asked, cache } = counting();
    const first = await cache.get({ packId: 'health', id: 'edema' });
    expect(first?.entry.id).toBe('edema');
    await cache.get({ packId: 'health', id: 'edema' });
    await Promise.all([cache.get({ packId: 'mine', id: 'edema' }), cache.get({ packId: 'mine', id: 'edema' })]);
    expect(asked).toEqual(['health/edema', 'mine/edema']);
  });

  it('answers null for a failed request, and does not ask again', async () => {
    let calls = 0;
    const cache = new EntryCache(() => {
      calls++;
      return Promise.reject(new Error('background asleep'));
    });
    expect(await cache.get({ packId: 'health', id: 'anemia' })).toBeNull();
    expect(await cache.get({ packId: 'health', id: 'anemia' })).toBeNull();
    expect(calls).toBe(1);
  });

  it('starts over once it holds more than its limit', async () => {
    const { asked, cache } = counting();
    for (const id of ['a', 'b', 'c', 'd']) await cache.get({ packId: 'health', id });
    await cache.get({ packId: 'health', id: 'a' });
    expect(asked).toEqual(['health/a', 'health/b', 'health/c', 'health/d']);
    // A fifth term finds four kept (over the limit of 3): everything goes, so 'a' is asked again.
    await cache.get({ packId: 'health', id: 'e' });
    await cache.get({ packId: 'health', id: 'a' });
    await cache.get({ packId: 'health', id: 'e' });
    expect(asked).toEqual(['health/a', 'health/b', 'health/c', 'health/d', 'health/e', 'health/a']);
  });
});

/** The page's scan, recorded: what the lifecycle started, stopped and restyled. */
function fakeScan(): ScanControls & { log: string[]; source: MatchSource | null; options: unknown; parts: string } {
  const scan = {
    log: [] as string[],
    parts: '',
    source: null as MatchSource | null,
    options: null as unknown,
    active: false,
    clear: () => scan.log.push('clear'),
    start: async (source: MatchSource, options: unknown, look: HighlightLook) => {
      scan.active = true;
      scan.source = source;
      scan.options = options;
      scan.log.push(`start ${look.terms}`);
      scan.parts = look.parts;
    },
    stop: () => {
      scan.active = false;
      scan.log.push('stop');
    },
    restyle: (look: HighlightLook) => {
      scan.log.push(`restyle ${look.terms}`);
      scan.parts = look.parts;
    },
  };
  return scan;
}

function lifecycleOn(initial: Settings, background = served(), longPage = false) {
  const state = new FrameState(initial);
  const scan = fakeScan();
  const cards: string[] = [];
  const asked: string[] = [];
  const entries = new EntryCache(async (ref) => {
    asked.push(ref.id);
    return reply(ref);
  });
  const requests: { underline: string; wordParts: boolean }[] = [];
  const lifecycle = new ScanLifecycle(state, {
    scan,
    card: { matchesRebuilt: (keep) => cards.push(keep ? 'keep mute card' : 'close') },
    stepper: { reset: () => scan.log.push('stepper reset') },
    entries,
    host: () => HOST,
    longPage: () => longPage,
    sourceFor: (current) =>
      new RemoteMatchSource(
        async (request) => {
          requests.push({ underline: request.underline, wordParts: request.wordParts });
          return background.service.match(request, background.mutedIds);
        },
        current,
        state,
      ),
  });
  /** The ids of the entries the scan's source finds in `text`. */
  const idsIn = async (text: string) => {
    const answer = await scan.source!.match([text], { healthTopic: false });
    return answer === STALE ? STALE : answer.terms.map((found) => state.entryOf(found)?.id);
  };
  return { state, scan, cards, asked, entries, requests, lifecycle, idsIn };
}

describe('the scan lifecycle', () => {
  it('waits for a glossary, then scans with answers from the background under its revision', async () => {
    const { scan, lifecycle, state, idsIn } = lifecycleOn(settings());
    await lifecycle.applyGlossary(null);
    expect(scan.log).toEqual([]);
    await lifecycle.applyGlossary('r1');
    expect(scan.log).toEqual(['stepper reset', 'start termlight-underline-teal']);
    // The default level leaves the everyday word plain.
    expect(await idsIn('kidney anemia')).toEqual(['anemia']);
    expect(state.shownEntryIndex('anemia')).toBeGreaterThanOrEqual(0);
  });

  it('calls an answer from another revision of the glossary than the frame has stale, and keeps none of its entries', async () => {
    const { lifecycle, idsIn, state } = lifecycleOn(settings(), served([], 'r2'));
    await lifecycle.applyGlossary('r1');
    expect(await idsIn('anemia')).toBe(STALE);
    expect(state.shownEntryIndex('anemia')).toBe(-1);
  });

  it('asks for entries again after the glossary changes, and forgets the old indexes', async () => {
    const { lifecycle, entries, asked, state, idsIn } = lifecycleOn(settings());
    await lifecycle.applyGlossary('r1');
    await idsIn('anemia');
    await entries.get({ packId: 'health', id: 'anemia' });
    await entries.get({ packId: 'health', id: 'anemia' });
    expect(asked).toEqual(['anemia']);
    await lifecycle.applyGlossary('r2');
    expect(state.shownEntryIndex('anemia')).toBe(-1);
    await entries.get({ packId: 'health', id: 'anemia' });
    expect(asked).toEqual(['anemia', 'anemia']);
  });

  it('asks for word-parts guesses only while word parts are on', async () => {
    const on = lifecycleOn(settings({ wordParts: true }));
    await on.lifecycle.applyGlossary('r1');
    const guessed = await on.scan.source!.match(['signs of nephritis'], { healthTopic: false });
    expect(guessed !== STALE && guessed.guesses.map((guess) => guess.word)).toEqual(['nephritis']);
    expect(on.scan.options).toEqual({ density: DEFAULT_SETTINGS.density, inLinksAndHeadings: DEFAULT_SETTINGS.inLinksAndHeadings });
    const off = lifecycleOn(settings({ wordParts: false }));
    await off.lifecycle.applyGlossary('r1');
    const plain = await off.scan.source!.match(['signs of nephritis'], { healthTopic: false });
    expect(plain !== STALE && plain.guesses).toEqual([]);
    expect(off.requests).toEqual([{ underline: 'general', wordParts: false }]);
  });

  it('rescans for a change to what is underlined, only restyles for a change of look', async () => {
    const { scan, lifecycle, cards, idsIn } = lifecycleOn(settings());
    await lifecycle.applyGlossary('r1');
    scan.log.length = 0;
    lifecycle.applySettings(settings({ color: 'purple' }));
    lifecycle.applySettings(settings({ color: 'purple', tooltipDelayMs: 400 }));
    expect(scan.log).toEqual(['restyle termlight-underline-purple', 'restyle termlight-underline-purple']);
    scan.log.length = 0;
    lifecycle.applySettings(settings({ color: 'purple', tooltipDelayMs: 400, underline: 'everyday' }));
    await Promise.resolve();
    expect(scan.log).toEqual(['stepper reset', 'start termlight-underline-purple']);
    expect(await idsIn('kidney')).toEqual(['kidney']);
    // A card that has just muted its term may stay while the page is rescanned.
    expect(cards.at(-1)).toBe('keep mute card');
  });

  it('draws the default style as an underline, and as a background on a very long page, guesses alike', async () => {
    const short = lifecycleOn(settings());
    await short.lifecycle.applyGlossary('r1');
    expect(short.scan.log).toEqual(['stepper reset', 'start termlight-underline-teal']);
    expect(short.scan.parts).toBe('termlight-parts');
    const long = lifecycleOn(settings(), served(), true);
    await long.lifecycle.applyGlossary('r1');
    expect(long.scan.log).toEqual(['stepper reset', 'start termlight-background-teal']);
    expect(long.scan.parts).toBe('termlight-parts-tint');
    // A style the reader chose is drawn as chosen, however long the page.
    long.lifecycle.applySettings(settings({ style: 'underline' }));
    expect(long.scan.log.at(-1)).toBe('restyle termlight-underline-teal');
    expect(long.scan.parts).toBe('termlight-parts');
  });

  it('stops on a site switched off, closing any card, and starts again when it is back on', async () => {
    const { scan, lifecycle, cards } = lifecycleOn(settings());
    await lifecycle.applyGlossary('r1');
    scan.log.length = 0;
    lifecycle.applySettings(settings({ pausedSites: [HOST] }));
    await Promise.resolve();
    expect(scan.log).toEqual(['clear', 'stop']);
    expect(cards.at(-1)).toBe('close');
    lifecycle.applySettings(settings({ pausedSites: ['other.example'] }));
    await Promise.resolve();
    expect(scan.log.slice(2)).toEqual(['stepper reset', 'start termlight-underline-teal']);
  });
});

describe('which settings changes need a rescan', () => {
  const base = settings();
  it.each<[string, Partial<Settings>]>([
    ['the site paused', { pausedSites: [HOST] }],
    ['everything paused', { paused: true }],
    ['only listed sites, this one not listed', { siteMode: 'only-listed' }],
    ['density', { density: 'every' }],
    ['underline level', { underline: 'technical' }],
    ['links and headings', { inLinksAndHeadings: !DEFAULT_SETTINGS.inLinksAndHeadings }],
    ['word parts', { wordParts: false }],
  ])('rescans for %s', (_what, change) => {
    expect(needsRescan(base, settings(change), HOST)).toBe(true);
    expect(needsRescan(settings(change), base, HOST)).toBe(true);
  });

  it.each<[string, Partial<Settings>]>([
    ['colour', { color: 'purple' }],
    ['style', { style: 'background' }],
    ['hover delay', { tooltipDelayMs: 600 }],
    ['muted terms (they come as a new glossary)', { mutedIds: ['health:edema'] }],
    ['another site paused', { pausedSites: ['other.example'] }],
    ['only listed sites, this one listed', { siteMode: 'only-listed', allowedSites: ['*.example'] }],
  ])('does not rescan for %s', (_what, change) => {
    expect(needsRescan(base, settings(change), HOST)).toBe(false);
  });

  it('does not rescan while paused for a change of site list that keeps it paused', () => {
    expect(needsRescan(settings({ paused: true }), settings({ paused: true, pausedSites: [HOST] }), HOST)).toBe(false);
  });
});

describe("the popup's questions", () => {
  function page(found: { entry: number; count: number }[], occurrences: Record<number, PageMatch[]>, active = true): ScannedPage {
    return { active, scanner: { foundTerms: () => found, occurrences: (entryIndex) => occurrences[entryIndex] ?? [] } };
  }
  /** A frame whose answers so far named every entry of the glossary. */
  const view = (mutedIds: string[] = []) => {
    const { compiled } = stored(mutedIds);
    const state = new FrameState(settings());
    state.setRevision('r1');
    state.remember('r1', compiled.entries.map((item, index) => [index, item]));
    return Object.assign(state, { compiled });
  };
  const indexOf = (compiled: ReturnType<typeof stored>['compiled'], packId: string, id: string) => compiled.entries.findIndex((item) => item.packId === packId && item.id === id);

  it('lists the terms the scanner found, with their counts', () => {
    const glossary = view();
    const anemia = indexOf(glossary.compiled, 'health', 'anemia');
    const edema = indexOf(glossary.compiled, 'mine', 'edema');
    const reply = pageTerms(HOST, glossary, page([{ entry: anemia, count: 3 }, { entry: edema, count: 1 }], {}));
    expect(reply.host).toBe(HOST);
    expect(reply.active).toBe(true);
    expect(reply.terms.map(({ id, packId, term, count }) => ({ id, packId, term, count }))).toEqual([
      { id: 'anemia', packId: 'health', term: 'anemia', count: 3 },
      { id: 'edema', packId: 'mine', term: 'edema', count: 1 },
    ]);
  });

  it('lists nothing before a glossary arrives, and says when the page is off', () => {
    expect(pageTerms(HOST, new FrameState(settings()), page([{ entry: 0, count: 2 }], {}, false))).toEqual({ host: HOST, active: false, terms: [] });
  });

  it('reveals occurrences in turn, counting round', () => {
    const glossary = view();
    const anemia = indexOf(glossary.compiled, 'health', 'anemia');
    const occurrences = [match(anemia, 'first'), match(anemia, 'second')];
    const flashed: unknown[] = [];
    const scanned = page([], { [anemia]: occurrences });
    const reveal = (occurrence: number) => revealTerm(glossary, scanned, 'anemia', occurrence, (range) => flashed.push(range));
    expect([reveal(0), reveal(1), reveal(2)]).toEqual([{ found: true, total: 2 }, { found: true, total: 2 }, { found: true, total: 2 }]);
    expect(flashed).toEqual([occurrences[0]!.range, occurrences[1]!.range, occurrences[0]!.range]);
  });

  it('skips a muted entry for the unmuted one with the same id, and finds nothing for an unknown term', () => {
    const glossary = view(['health:edema']);
    const mine = indexOf(glossary.compiled, 'mine', 'edema');
    const muted = indexOf(glossary.compiled, 'health', 'edema');
    expect(glossary.compiled.entries[muted]!.muted).toBe(true);
    const flashed: string[] = [];
    const scanned = page([], { [muted]: [match(muted, 'muted')], [mine]: [match(mine, 'mine')] });
    expect(revealTerm(glossary, scanned, 'edema', 0, () => flashed.push('flash'))).toEqual({ found: true, total: 1 });
    expect(revealTerm(glossary, scanned, 'gout', 0, () => flashed.push('flash'))).toEqual({ found: false, total: 0 });
    expect(revealTerm(new FrameState(settings()), scanned, 'edema', 0, () => flashed.push('flash'))).toEqual({ found: false, total: 0 });
    expect(flashed).toEqual(['flash']);
  });

  it('reveals which occurrence of the unmuted entry it flashed', () => {
    const glossary = view(['health:edema']);
    const mine = indexOf(glossary.compiled, 'mine', 'edema');
    const muted = indexOf(glossary.compiled, 'health', 'edema');
    const flashed: unknown[] = [];
    const ours = match(mine, 'mine');
    revealTerm(glossary, page([], { [muted]: [match(muted, 'muted')], [mine]: [ours] }), 'edema', 5, (range) => flashed.push(range));
    expect(flashed).toEqual([ours.range]);
  });
});

describe('the keyboard commands', () => {
  /** The card, recorded. */
  function fakeCard(): KeyboardCard & { log: string[] } {
    const log: string[] = [];
    return {
      log,
      openByKeyboard: async (found) => void log.push(`open ${(found as ReturnType<typeof match>).label}`),
      leaveByKeyboard: () => log.push('leave'),
      rememberFocus: () => log.push('remember focus'),
      showEntry: async (ref, _anchor, pinned, viaKeyboard) => void log.push(`entry ${ref.packId}/${ref.id} pinned=${pinned} keyboard=${viaKeyboard}`),
      showGuess: (guess: WordGuess, _anchor, pinned, viaKeyboard) => void log.push(`guess ${guess.word} pinned=${pinned} keyboard=${viaKeyboard}`),
    };
  }

  function selecting(text: string): SelectionLike {
    return { rangeCount: text ? 1 : 0, toString: () => text, getRangeAt: () => ({ getBoundingClientRect: () => ({}) }) as Range };
  }

  function commandsOn(matches: PageMatch[], selected = '') {
    const { service } = served();
    const card = fakeCard();
    const searched: string[] = [];
    let current = settings();
    const run = pageCommands({
      whatIsSelected: async (text) => service.explainSelection(text, []),
      stepper: new TermStepper(() => matches),
      card,
      host: () => HOST,
      selection: () => selecting(selected),
      updateSettings: async (change) => (current = change(current)),
      searchInPopup: async (query) => void searched.push(query),
    });
    return { run, card, searched, settingsNow: () => current };
  }

  it('steps to the next and previous term, wrapping only when asked to', async () => {
    const { run, card } = commandsOn([match(0, 'one'), match(1, 'gone', false), match(2, 'two')]);
    expect(await run('next-term', true)).toEqual({ moved: true });
    expect(await run('next-term', true)).toEqual({ moved: true });
    expect(await run('next-term', true)).toEqual({ moved: true });
    expect(await run('previous-term', true)).toEqual({ moved: true });
    expect(card.log).toEqual(['open one', 'open two', 'open one', 'open two']);
    card.log.length = 0;
    expect(await run('next-term', false)).toEqual({ moved: false });
    expect(card.log).toEqual(['leave']);
    expect(await run('next-term', false)).toEqual({ moved: true });
    expect(card.log).toEqual(['leave', 'open one']);
  });

  it('answers moved: false on a frame with no terms, taking its card away', async () => {
    const { run, card } = commandsOn([]);
    expect(await run('previous-term', false)).toEqual({ moved: false });
    expect(card.log).toEqual(['leave']);
  });

  it('switches this site off and on again', async () => {
    const { run, settingsNow } = commandsOn([]);
    expect(await run('toggle-site', true)).toEqual({ moved: false });
    expect(settingsNow().pausedSites).toEqual([HOST]);
    await run('toggle-site', true);
    expect(settingsNow().pausedSites).toEqual([]);
  });

  it('explains a selected term with its card, opened from the keyboard', async () => {
    const { run, card, searched } = commandsOn([], '  Anemia ');
    expect(await run('explain-selection', true)).toEqual({ moved: false });
    expect(card.log).toEqual(['remember focus', 'entry health/anemia pinned=true keyboard=true']);
    expect(searched).toEqual([]);
  });

  it('sends other selected text to the popup search, and ignores an empty selection', async () => {
    const phrase = commandsOn([], 'anemia and edema');
    await phrase.run('explain-selection', true);
    expect(phrase.searched).toEqual(['anemia and edema']);
    expect(phrase.card.log).toEqual([]);
    const empty = commandsOn([], '   ');
    await empty.run('explain-selection', true);
    expect(empty.searched).toEqual([]);
    expect(empty.card.log).toEqual([]);
  });

  it('explains a rare word its parts explain with a guess', async () => {
    const { run, card } = commandsOn([], 'Nephritis');
    await run('explain-selection', true);
    expect(card.log).toEqual(['remember focus', 'guess nephritis pinned=true keyboard=true']);
  });

  it('tells a whole term from a phrase that holds one', () => {
    const { service } = served();
    expect(service.explainSelection('edema', [])).toEqual({ entry: expect.objectContaining({ packId: 'health', id: 'edema' }) });
    expect(service.explainSelection('edemas everywhere', [])).toEqual({ search: 'edemas everywhere' });
    expect(service.explainSelection('x'.repeat(300), [])).toEqual({ search: 'x'.repeat(200) });
  });
});
