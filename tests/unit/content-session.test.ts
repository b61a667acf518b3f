import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import type { Matcher } from '../../glossary/matcher';
import { DEFAULT_SETTINGS, type Settings } from '../../glossary/settings-schema';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import type { EntryReply } from '../../utils/messaging';
import { EntryCache, type EntryRef } from '../../entrypoints/content/entry-cache';
import { FrameState } from '../../entrypoints/content/frame-state';
import type { PageMatch, WordGuess } from '../../entrypoints/content/match-index';
import { pageCommands, selectionTarget, type KeyboardCard, type SelectionLike } from '../../entrypoints/content/page-commands';
import { pageTerms, revealTerm, type ScannedPage } from '../../entrypoints/content/popup-handlers';
import { needsRescan, ScanLifecycle, type ScanControls } from '../../entrypoints/content/scan-lifecycle';
import { TermStepper } from '../../entrypoints/content/term-stepper';
import { entry } from './helpers/entries';

/**
 * The content script's session units, driven with small hand-written fakes in place of the page
 * (no DOM here): the glossary and matcher are real.
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
function fakeScan(): ScanControls & { log: string[]; matcher: Matcher | null; options: unknown } {
  const scan = {
    log: [] as string[],
    matcher: null as Matcher | null,
    options: null as unknown,
    active: false,
    clear: () => scan.log.push('clear'),
    start: async (matcher: Matcher, options: unknown, underline: string) => {
      scan.active = true;
      scan.matcher = matcher;
      scan.options = options;
      scan.log.push(`start ${underline}`);
    },
    stop: () => {
      scan.active = false;
      scan.log.push('stop');
    },
    restyle: (underline: string) => scan.log.push(`restyle ${underline}`),
  };
  return scan;
}

function lifecycleOn(initial: Settings) {
  const state = new FrameState(initial);
  const scan = fakeScan();
  const cards: string[] = [];
  const asked: string[] = [];
  const entries = new EntryCache(async (ref) => {
    asked.push(ref.id);
    return reply(ref);
  });
  const explainer = { explain: () => null } as unknown as WordPartsExplainer;
  const lifecycle = new ScanLifecycle(state, {
    scan,
    card: { matchesRebuilt: (keep) => cards.push(keep ? 'keep mute card' : 'close') },
    stepper: { reset: () => scan.log.push('stepper reset') },
    entries,
    host: () => HOST,
    explainerFor: () => explainer,
  });
  return { state, scan, cards, asked, entries, explainer, lifecycle };
}

describe('the scan lifecycle', () => {
  it('waits for a glossary, then scans with it; anything else in storage is ignored', async () => {
    const { scan, lifecycle, state } = lifecycleOn(settings());
    await lifecycle.applyGlossary(null);
    await lifecycle.applyGlossary({ revision: 'r0', compiled: { format: 2 } });
    expect(scan.log).toEqual([]);
    await lifecycle.applyGlossary(stored());
    expect(scan.log).toEqual(['clear', 'stepper reset', 'start termlight-underline-teal']);
    // The default level leaves the everyday word plain; the glossary's own matcher still holds it.
    expect(scan.matcher!.findInText('kidney anemia').map((found) => state.compiled!.entries[found.entry]!.id)).toEqual(['anemia']);
    expect(state.matcher!.findInText('kidney').length).toBe(1);
  });

  it('asks for entries again after the glossary changes', async () => {
    const { lifecycle, entries, asked } = lifecycleOn(settings());
    await lifecycle.applyGlossary(stored());
    await entries.get({ packId: 'health', id: 'anemia' });
    await entries.get({ packId: 'health', id: 'anemia' });
    expect(asked).toEqual(['anemia']);
    await lifecycle.applyGlossary(stored(['edema'], 'r2'));
    await entries.get({ packId: 'health', id: 'anemia' });
    expect(asked).toEqual(['anemia', 'anemia']);
  });

  it('gives the scan a word-parts explainer only while word parts are on', async () => {
    const on = lifecycleOn(settings({ wordParts: true }));
    await on.lifecycle.applyGlossary(stored());
    expect(on.state.explainer).toBe(on.explainer);
    expect(on.scan.options).toEqual({ density: DEFAULT_SETTINGS.density, inLinksAndHeadings: DEFAULT_SETTINGS.inLinksAndHeadings, wordParts: on.explainer });
    const off = lifecycleOn(settings({ wordParts: false }));
    await off.lifecycle.applyGlossary(stored());
    expect(off.state.explainer).toBeNull();
  });

  it('rescans for a change to what is underlined, only restyles for a change of look', async () => {
    const { scan, lifecycle, cards } = lifecycleOn(settings());
    await lifecycle.applyGlossary(stored());
    scan.log.length = 0;
    lifecycle.applySettings(settings({ color: 'purple' }));
    lifecycle.applySettings(settings({ color: 'purple', tooltipDelayMs: 400 }));
    expect(scan.log).toEqual(['restyle termlight-underline-purple', 'restyle termlight-underline-purple']);
    scan.log.length = 0;
    lifecycle.applySettings(settings({ color: 'purple', tooltipDelayMs: 400, underline: 'everyday' }));
    await Promise.resolve();
    expect(scan.log).toEqual(['clear', 'stepper reset', 'start termlight-underline-purple']);
    expect(scan.matcher!.findInText('kidney').length).toBe(1);
    // A card that has just muted its term may stay while the page is rescanned.
    expect(cards.at(-1)).toBe('keep mute card');
  });

  it('stops on a site switched off, closing any card, and starts again when it is back on', async () => {
    const { scan, lifecycle, cards } = lifecycleOn(settings());
    await lifecycle.applyGlossary(stored());
    scan.log.length = 0;
    lifecycle.applySettings(settings({ pausedSites: [HOST] }));
    await Promise.resolve();
    expect(scan.log).toEqual(['clear', 'stop']);
    expect(cards.at(-1)).toBe('close');
    lifecycle.applySettings(settings({ pausedSites: ['other.example'] }));
    await Promise.resolve();
    expect(scan.log.slice(2)).toEqual(['clear', 'stepper reset', 'start termlight-underline-teal']);
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
  const view = (mutedIds: string[] = []) => ({ compiled: stored(mutedIds).compiled, matcher: null, settings: settings() });
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
    expect(pageTerms(HOST, { compiled: null, matcher: null, settings: settings() }, page([{ entry: 0, count: 2 }], {}, false))).toEqual({ host: HOST, active: false, terms: [] });
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
    expect(revealTerm({ ...glossary, compiled: null }, scanned, 'edema', 0, () => flashed.push('flash'))).toEqual({ found: false, total: 0 });
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

  function commandsOn(matches: PageMatch[], selected = '', explainer: WordPartsExplainer | null = null) {
    const state = new FrameState(settings());
    state.loadGlossary(stored());
    state.explainer = explainer;
    const card = fakeCard();
    const searched: string[] = [];
    let current = settings();
    const run = pageCommands({
      view: state,
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
    const explainer = { explain: (word: string) => (word === 'nephritis' ? { parts: [] } : null) } as unknown as WordPartsExplainer;
    const { run, card } = commandsOn([], 'Nephritis', explainer);
    await run('explain-selection', true);
    expect(card.log).toEqual(['remember focus', 'guess nephritis pinned=true keyboard=true']);
  });

  it('tells a whole term from a phrase that holds one', () => {
    const state = new FrameState(settings());
    state.loadGlossary(stored());
    expect(selectionTarget('edema', state.matcher!, null)).toEqual({ entry: state.compiled!.entries.findIndex((item) => item.id === 'edema') });
    expect(selectionTarget('edemas everywhere', state.matcher!, null)).toEqual({ search: 'edemas everywhere' });
    expect(selectionTarget('x'.repeat(300), state.matcher!, null)).toEqual({ search: 'x'.repeat(200) });
  });
});
