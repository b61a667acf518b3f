import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { underlineMatcher } from '../../glossary/levels';
import type { GlossaryEntry } from '../../glossary/schema';
import { chooseSense } from '../../glossary/senses';
import { textAround } from './text-around';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import type { CompiledGlossary } from '../../glossary/compile';
import { compiledGlossaryItem, isStoredCompiledGlossary } from '../../utils/glossary-store';
import { onMessage, sendMessage, type EntryReply, type PageTermsReply } from '../../utils/messaging';
import { isActiveOn, withSiteActive, type Settings } from '../../glossary/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings';
import { FOCUS_HIGHLIGHT, highlightName } from './highlights';
import { liveRange } from './hit-test';
import { HoverTracker } from './hover';
import { MutationBatcher } from './mutation-batcher';
import { PageScanner } from './page-scanner';
import { installShadowRootStyles } from './shadow-styles';
import { TERMLIGHT_UI_TAG } from './skip-rules';
import { TermStepper } from './term-stepper';
import { lazyTooltip } from './tooltip/mount-tooltip';
import type { TooltipState } from './tooltip/TooltipView';
import type { PageMatch } from './match-index';
import type { PageCommand } from '../../utils/messaging';
import { commonWords } from 'virtual:termlight/common-words';
import { mutedWordCheck, type WordPartsExplainer } from '../../glossary/word-parts/page-words';
import { partsLine } from '../../components/WordPartsCard';
import type { WordGuess } from './match-index';
import { unexplainedWords } from './unexplained';
import { createWordPartsExplainer, isGlossaryWord, PARTS_HIGHLIGHT } from './word-parts';

/**
 * Everything Termlight does in one frame, wired to the content script's lifetime: settings
 * and glossary loading, scanning, live updates, hover cards and messages from the popup.
 */
export async function startPageSession(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const signal = ctx.signal;
  let settings = await loadSettings();
  let compiled: CompiledGlossary | null = null;
  let matcher: Matcher | null = null;
  let active = false;
  /** Word-parts guesses for the current glossary and muted words; rebuilt (with its cache) on refresh. */
  let explainer: WordPartsExplainer | null = null;

  const scanner = new PageScanner(
    { doc, registry: CSS.highlights, onShadowRoot: (root) => {
      installShadowRootStyles(root);
      batcher.observe(root);
    } },
    { findInText: () => [], findInSegments: () => [], isTopicEvidence: () => false },
    scanOptions(settings),
  );
  const batcher = new MutationBatcher(window, (changed) => {
    if (!active) return;
    scanner.rescan(changed);
    reportCount();
  });
  const isTop = window === window.top;
  let lastReported = -1;
  /** Keeps the toolbar badge in step with what the top frame shows. */
  function reportCount() {
    const count = active ? scanner.termCount() : 0;
    if (count === lastReported) return;
    lastReported = count;
    void sendMessage('reportTermCount', { count }).catch(() => {});
  }
  const stepper = new TermStepper(() => scanner.ordered());
  let focusBeforeCard: Element | null = null;

  const tooltip = lazyTooltip(ctx, {
    onRelated: (item) => void showEntry(item.id, item.packId, tooltip.state?.anchor ?? null, true),
    onOpenInTermlight: (state) => void sendMessage('openInTermlight', { query: state.entry ? state.entry.term : state.guess.word }).catch(() => {}),
    onAddToMyTerms: (state) => {
      if (state.guess) void sendMessage('openMyTerms', { term: state.guess.word }).catch(() => {});
    },
    onMute: (state) => {
      if (!state.entry) return;
      tracker.close();
      void updateSettings((current) => ({ ...current, mutedIds: [...new Set([...current.mutedIds, state.origin ? `${state.origin.packId}:${state.entry.id}` : state.entry.id])] }));
    },
    onClose: () => tracker.close(),
    onPointerEnter: () => tracker.cancelHide(),
    onPointerLeave: () => {
      if (!tooltip.state?.pinned) tracker.startHideGrace();
    },
  });

  const tracker = new HoverTracker(doc, () => scanner.index, {
    show: (hit, pinned) => {
      if (hit.match.guess) {
        showGuess(hit.match.guess, hit.rect, pinned);
        return;
      }
      const meta = compiled?.entries[hit.match.entry];
      if (meta) void showEntry(meta.id, meta.packId, hit.rect, pinned, false, hit.match);
    },
    hide: () => {
      const wasKeyboard = tooltip.state?.viaKeyboard;
      tooltip.update(null);
      if (wasKeyboard) {
        clearFocusHighlight();
        (focusBeforeCard as HTMLElement | null)?.focus?.();
        focusBeforeCard = null;
      }
    },
    cardHoldsOpen: () => tooltip.pointerInside || !!tooltip.state?.pinned,
    isOpen: () => tooltip.state !== null,
    delayMs: () => settings.tooltipDelayMs,
    isInsideCard: (event) => event.composedPath().some((node) => (node as Element).tagName === TERMLIGHT_UI_TAG),
    prefetch: (match) => {
      const meta = compiled?.entries[match.entry];
      if (meta) void entryFor(meta.id, meta.packId);
    },
  }, signal, () => [...scanner.shadowRoots]);

  /** Cards' entries come from the background; asked once per term while the glossary stays. */
  const entries = new Map<string, Promise<EntryReply | null>>();
  function entryFor(id: string, packId: string): Promise<EntryReply | null> {
    const key = `${packId}\u0000${id}`;
    let reply = entries.get(key);
    if (!reply) {
      reply = sendMessage('getEntry', { id, packId }).catch(() => null);
      if (entries.size > 500) entries.clear();
      entries.set(key, reply);
    }
    return reply;
  }

  async function showEntry(id: string, packId: string, anchor: DOMRect | null, pinned: boolean, viaKeyboard = false, match?: PageMatch) {
    const reply = await entryFor(id, packId);
    if (!reply || !anchor || signal.aborted) return;
    const state: TooltipState = {
      entry: reply.entry,
      related: reply.related,
      origin: reply.origin,
      anchor,
      pinned,
      viaKeyboard: viaKeyboard || !!tooltip.state?.viaKeyboard,
      sense: senseAt(reply.entry, match),
    };
    tooltip.update(state);
    if (viaKeyboard) tooltip.announce(`${reply.entry.term}: ${reply.entry.short}`);
  }

  function newExplainer(raw: Matcher): WordPartsExplainer {
    return createWordPartsExplainer(() => commonWords, { isMuted: mutedWordCheck(settings.mutedIds), isGlossaryWord: (word) => isGlossaryWord(raw, word) });
  }

  /** A word-parts guess's card: made here from the match, nothing to fetch. */
  function showGuess(guess: WordGuess, anchor: DOMRect, pinned: boolean, viaKeyboard = false) {
    if (signal.aborted) return;
    tooltip.update({ guess, anchor, pinned, viaKeyboard: viaKeyboard || !!tooltip.state?.viaKeyboard });
    if (viaKeyboard) tooltip.announce(`${guess.word}: best guess from the word's parts: ${partsLine(guess.parts)}`);
  }

  /** Keyboard path to every explanation: the highlights themselves are invisible to AT. */
  async function runCommand(command: PageCommand, wrap: boolean): Promise<{ moved: boolean }> {
    if (command === 'toggle-site') {
      const host = location.hostname;
      await updateSettings((current) => withSiteActive(current, host, !isActiveOn({ ...current, paused: false }, host)));
      return { moved: false };
    }
    if (command === 'explain-selection') {
      await explainSelection();
      return { moved: false };
    }
    const match = stepper.step(command === 'next-term' ? 1 : -1, wrap);
    if (!match) {
      // Leaving this frame for the next one: take this frame's card and marker away.
      if (tooltip.state?.viaKeyboard) tracker.close();
      clearFocusHighlight();
      return { moved: false };
    }
    await openByKeyboard(match);
    return { moved: true };
  }

  async function openByKeyboard(match: PageMatch) {
    const meta = compiled?.entries[match.entry];
    if (!meta && !match.guess) return;
    const smooth = scrollToRange(match.range);
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(match.range));
    focusBeforeCard ??= document.activeElement;
    await waitForScroll(!smooth);
    const range = liveRange(match.range);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    // Only now: the scroll just made would otherwise close the card as a hover card.
    tracker.markShown(match);
    if (match.guess) showGuess(match.guess, rect, true, true);
    else if (meta) await showEntry(meta.id, meta.packId, rect, true, true, match);
  }

  async function explainSelection() {
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? '';
    if (!selection || selection.rangeCount === 0 || !text || !matcher || !compiled) return;
    const found = matcher.findInText(text);
    const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]! : null;
    const word = text.toLowerCase();
    const guess = !whole && /^[a-z]+$/.test(word) ? explainer?.explain(word) : null;
    if (guess) {
      focusBeforeCard ??= document.activeElement;
      showGuess({ word, ...guess }, selection.getRangeAt(0).getBoundingClientRect(), true, true);
      return;
    }
    if (!whole) {
      // Not a term as such: let the popup's fuzzy search suggest the closest ones.
      await sendMessage('openInTermlight', { query: text.slice(0, 200) }).catch(() => {});
      return;
    }
    const meta = compiled.entries[whole.entry]!;
    focusBeforeCard ??= document.activeElement;
    await showEntry(meta.id, meta.packId, selection.getRangeAt(0).getBoundingClientRect(), true, true);
  }

  function clearFocusHighlight() {
    if (CSS.highlights.has(FOCUS_HIGHLIGHT)) CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }

  async function applyGlossary(value: unknown) {
    if (!isStoredCompiledGlossary(value)) return;
    compiled = value.compiled;
    matcher = createMatcher(compiled);
    entries.clear();
    await refresh();
  }

  async function refresh() {
    const shouldBeActive = !!matcher && isActiveOn(settings, location.hostname);
    scanner.clear();
    tracker.close();
    if (!shouldBeActive || !matcher) {
      active = false;
      scanner.layer.hide();
      scanner.partsLayer.hide();
      batcher.disconnect();
      reportCount();
      return;
    }
    active = true;
    explainer = settings.wordParts ? newExplainer(matcher) : null;
    scanner.reconfigure(underlineMatcher(matcher, compiled!.entries, settings.underline), { ...scanOptions(settings), wordParts: explainer });
    scanner.layer.show(highlightName(settings));
    scanner.partsLayer.show(PARTS_HIGHLIGHT);
    batcher.disconnect();
    batcher.observe(doc);
    for (const root of scanner.shadowRoots) batcher.observe(root);
    stepper.reset();
    if (await scanner.scanAll()) reportCount();
  }

  const stopSettings = watchSettings((next) => {
    const previous = settings;
    settings = next;
    const rescanNeeded =
      isActiveOn(previous, location.hostname) !== isActiveOn(next, location.hostname) ||
      previous.density !== next.density ||
      previous.underline !== next.underline ||
      previous.inLinksAndHeadings !== next.inLinksAndHeadings ||
      previous.wordParts !== next.wordParts;
    if (rescanNeeded) void refresh();
    else if (active) scanner.layer.show(highlightName(next));
  });
  const stopGlossary = compiledGlossaryItem.watch((value) => void applyGlossary(value));

  const stopPageTerms = isTop
    ? onMessage('getPageTerms', (): PageTermsReply => ({
        host: location.hostname,
        active,
        terms: compiled
          ? scanner.foundTerms().map(({ entry, count }) => ({ ...compiled!.entries[entry]!, count }))
          : [],
      }))
    : () => {};
  const stopUnexplained = isTop
    ? onMessage('getUnexplainedWords', async () => {
        if (!active || !matcher) return { active: false, words: [] };
        const raw = matcher;
        // The popup's own explainer: its answers for words the scan never met must not fill the scan's cache.
        const check = settings.wordParts ? newExplainer(raw) : createWordPartsExplainer(() => commonWords);
        const isMuted = mutedWordCheck(settings.mutedIds);
        const isExplained = (word: string) => check.isCommon(word) || isMuted(word) || isGlossaryWord(raw, word) || (settings.wordParts && check.explain(word) !== null);
        const roots = [doc.body ?? doc.documentElement, ...scanner.shadowRoots];
        return { active: true, words: await unexplainedWords(window, roots, raw, scanOptions(settings), isExplained) };
      })
    : () => {};
  const stopCommands = onMessage('runCommand', ({ command, wrap }) => runCommand(command, wrap ?? true));
  const stopReveal = onMessage('revealTerm', ({ id, occurrence }) => {
    const entry = compiled?.entries.findIndex((item) => item.id === id) ?? -1;
    const matches = entry >= 0 ? scanner.occurrences(entry) : [];
    const match = matches[occurrence % Math.max(1, matches.length)];
    if (!match) return { found: false, total: 0 };
    flash(match.range);
    return { found: true, total: matches.length };
  });

  function flash(range: StaticRange) {
    scrollToRange(range);
    const focus = new Highlight(range);
    CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
    window.setTimeout(() => {
      if (CSS.highlights.get(FOCUS_HIGHLIGHT) === focus) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    }, 1_500);
  }

  // Single-page apps replace content without a load; rescan on their navigations.
  ctx.addEventListener(window, 'wxt:locationchange', () => void refresh());

  ctx.onInvalidated(() => {
    stopSettings();
    stopGlossary();
    stopPageTerms();
    stopUnexplained();
    stopReveal();
    stopCommands();
    batcher.disconnect();
    scanner.clear();
    scanner.layer.hide();
    scanner.partsLayer.hide();
    clearFocusHighlight();
    tooltip.update(null);
  });

  await applyGlossary(await compiledGlossaryItem.getValue());
}

/** For a word with several meanings: the one its surroundings point to, null when none decides. */
function senseAt(entry: GlossaryEntry, match: PageMatch | undefined): number | null | undefined {
  if (!entry.senses || entry.senses.length === 0) return undefined;
  const around = match ? textAround(match) : null;
  return around ? chooseSense(entry.senses, around.text, around.start, around.end) : null;
}

/** Scrolls a range's block into the middle of the view; returns whether it scrolls smoothly. */
function scrollToRange(range: StaticRange): boolean {
  // Reduced motion asks for none; a hidden tab would never finish a smooth scroll.
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches && !document.hidden;
  liveRange(range).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  return smooth;
}

function waitForScroll(instant: boolean): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, instant ? 0 : 350));
}

function scanOptions(settings: Settings) {
  return { density: settings.density, inLinksAndHeadings: settings.inLinksAndHeadings };
}
