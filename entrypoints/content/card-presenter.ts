import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GlossaryEntry } from '../../glossary/schema';
import { aliasSeen } from '../../glossary/seen-as';
import { sendMessage } from '../../utils/messages/messaging';
import { t } from '../../utils/ui/i18n';
import { partsLine } from '../../components/parts-line';
import type { EntryCache, EntryRef } from './entry-cache';
import { clearFocusHighlight, markFocus } from './focus-marker';
import { liveRange, type Hit } from './hit-test';
import { HoverTracker } from './hover';
import type { MatchIndex, PageMatch, WordGuess } from './match-index';
import { TERMLIGHT_UI_TAG } from './skip-rules';
import { textAround, wordsNear } from './text-around';
import { lazyTooltip, type TooltipHandle } from './tooltip/mount-tooltip';
import { isMuteCard, setMutedFromCard } from './tooltip/card-mute';
import type { CardUi } from './tooltip/card-ui-contract';
import type { EntryCardState, TooltipState } from './tooltip/TooltipView';

interface CardPresenterEnv {
  /** What the hover tracker hit-tests against (a web page's scanner, or the reader's). */
  scanner: { readonly index: MatchIndex; readonly shadowRoots: ReadonlySet<ShadowRoot> };
  entries: EntryCache;
  /** The glossary entry a match stands for; undefined while no glossary is loaded. */
  entryOf(match: PageMatch): EntryRef | undefined;
  /** The hover dwell, read at each hover (settings change it). */
  delayMs(): number;
  /** Brings a term the keyboard reached into view; resolves once its place on screen is final. */
  bringIntoView(range: StaticRange): Promise<void>;
  /** Whether a keyboard-opened card gives focus back to where it was when it closes. */
  returnFocus: boolean;
  /** The card's drawing code, asked for when the first card is prepared or shown. */
  loadCardUi(): Promise<CardUi>;
}

/**
 * The term card and what opens it: hover, tap and click through the hover tracker, the keyboard,
 * the card's own buttons. Shows an entry (fetched once through the entry cache, in the sense the
 * words around it point to) or a word-parts guess, and gives focus back when a keyboard card
 * closes. Shared by web pages and the PDF reader; knows nothing of either.
 */
export class CardPresenter {
  readonly tooltip: TooltipHandle;
  readonly tracker: HoverTracker;
  /** Where focus was before the keyboard opened a card; it goes back there when the card closes. */
  #focusBeforeCard: Element | null = null;
  /** The card built, hidden, for the term the pointer rests on (see #prepare). */
  #prepared: { match: PageMatch; state: TooltipState } | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly env: CardPresenterEnv,
  ) {
    // The card's buttons drive the tracker and the tracker drives the card: both are made here,
    // and each reaches the other only when an event arrives.
    this.tooltip = lazyTooltip(ctx, {
      onRelated: (item) => void this.showEntry(item, this.tooltip.state?.anchor ?? null, true),
      onOpenInTermlight: (state) => void sendMessage('openInTermlight', state.entry && state.origin ? { entry: { packId: state.origin.packId, id: state.entry.id } } : { query: state.entry ? state.entry.term : state.guess.word }).catch(() => {}),
      onAddToMyTerms: (state) => {
        if (state.guess) void sendMessage('openMyTerms', { term: state.guess.word }).catch(() => {});
      },
      onMute: (state) => setMutedFromCard(this.tooltip, state, true),
      onUnmute: (state) => setMutedFromCard(this.tooltip, state, false),
      onClose: () => this.tracker.close(),
      onPointerEnter: () => this.tracker.cancelHide(),
      onPointerLeave: () => {
        if (!this.tooltip.state?.pinned) this.tracker.startHideGrace();
      },
    }, () => env.loadCardUi());
    this.tracker = new HoverTracker(document, () => env.scanner.index, {
      show: (hit, pinned) => void this.showMatch(hit.match, hit.rect, pinned),
      hide: () => this.#hide(),
      cardHoldsOpen: () => this.tooltip.pointerInside || !!this.tooltip.state?.pinned,
      isOpen: () => this.tooltip.state !== null,
      delayMs: () => env.delayMs(),
      isInsideCard: (event) => event.composedPath().some((node) => (node as Element).tagName === TERMLIGHT_UI_TAG),
      prefetch: (hit) => void this.#prepare(hit),
    }, ctx.signal, () => [...env.scanner.shadowRoots]);
  }

  /** A match's card: its word-parts guess, or its entry once the background has answered. */
  async showMatch(match: PageMatch, anchor: DOMRect, pinned: boolean, viaKeyboard = false): Promise<void> {
    const prepared = this.#prepared;
    this.#prepared = null;
    if (prepared?.match === match && !viaKeyboard && !this.ctx.signal.aborted) {
      // Built during the dwell: showing it is only placing it, in this task.
      this.tooltip.update({ ...prepared.state, anchor, pinned });
      return;
    }
    if (match.guess) {
      this.showGuess(match.guess, anchor, pinned, viaKeyboard);
      return;
    }
    const ref = this.env.entryOf(match);
    if (ref) await this.showEntry(ref, anchor, pinned, viaKeyboard, match);
  }

  async showEntry(ref: EntryRef, anchor: DOMRect | null, pinned: boolean, viaKeyboard = false, match?: PageMatch): Promise<void> {
    const card = await this.#entryCard(ref, match, () => anchor !== null);
    if (!card || !anchor) return;
    this.tooltip.update({ ...card, anchor, pinned, viaKeyboard: viaKeyboard || !!this.tooltip.state?.viaKeyboard });
    if (viaKeyboard) this.tooltip.announce(`${card.entry.term}: ${card.entry.short}`);
  }

  /**
   * An entry's card content, once the background has answered and the sense is chosen; null when
   * there is no reply, the script was retired, or `wanted` says no by the time the reply comes
   * (then no sense is asked for).
   */
  async #entryCard(ref: EntryRef, match: PageMatch | undefined, wanted: () => boolean): Promise<Omit<EntryCardState, 'anchor' | 'pinned' | 'viaKeyboard'> | null> {
    const reply = await this.env.entries.get(ref);
    if (!reply || this.ctx.signal.aborted || !wanted()) return null;
    const sense = await senseAt(ref, reply.entry, match);
    if (this.ctx.signal.aborted) return null;
    const seenAs = match ? aliasSeen(reply.entry, liveRange(match.range).toString()) : null;
    return { entry: reply.entry, related: reply.related, origin: reply.origin, sense, ...(seenAs ? { seenAs } : {}) };
  }

  /** A word-parts guess's card: made from the match itself, nothing to fetch. */
  showGuess(guess: WordGuess, anchor: DOMRect, pinned: boolean, viaKeyboard = false): void {
    if (this.ctx.signal.aborted) return;
    this.tooltip.update({ guess, anchor, pinned, viaKeyboard: viaKeyboard || !!this.tooltip.state?.viaKeyboard });
    if (viaKeyboard) this.tooltip.announce(t('announceWordPartsGuess', guess.word, partsLine(guess.parts)));
  }

  /**
   * The pointer settled on a term: its entry is fetched (and its sense chosen) while the dwell
   * runs, and the card is built hidden, so that when the dwell ends showing it only places it.
   * The card for a term the pointer has left, or while another card shows, is not built.
   */
  async #prepare(hit: Hit): Promise<void> {
    const { match } = hit;
    const base = { anchor: hit.rect, pinned: false, viaKeyboard: false };
    if (match.guess) {
      this.#offer(match, { ...base, guess: match.guess });
      return;
    }
    const ref = this.env.entryOf(match);
    if (!ref) return;
    const card = await this.#entryCard(ref, match, () => this.tracker.candidate === match);
    if (card) this.#offer(match, { ...base, ...card });
  }

  #offer(match: PageMatch, state: TooltipState): void {
    if (this.tracker.candidate !== match || this.tooltip.state) return;
    this.#prepared = { match, state };
    this.tooltip.prepare(state);
  }

  /** Opens a match's card from the keyboard: marks it, brings it into view, then shows it pinned. */
  async openByKeyboard(match: PageMatch): Promise<void> {
    const ref = this.env.entryOf(match);
    if (!ref && !match.guess) return;
    markFocus(match.range);
    this.rememberFocus();
    await this.env.bringIntoView(match.range);
    const range = liveRange(match.range);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    // Only now: the scroll just made would otherwise close the card as a hover card.
    this.tracker.markShown(match);
    if (match.guess) this.showGuess(match.guess, rect, true, true);
    else if (ref) await this.showEntry(ref, rect, true, true, match);
  }

  /** Notes where focus is, for a card the keyboard is about to open (the first one keeps it). */
  rememberFocus(): void {
    if (this.env.returnFocus) this.#focusBeforeCard ??= document.activeElement;
  }

  /** The keyboard moved on to another frame: this frame's keyboard card and marker go. */
  leaveByKeyboard(): void {
    if (this.tooltip.state?.viaKeyboard) this.tracker.close();
    clearFocusHighlight();
  }

  /**
   * The matches are being rebuilt: a card that has just muted (or unmuted) its term stays to say
   * so, unless `keepMuteCard` is false; any other card belonged to the old matches and closes.
   */
  matchesRebuilt(keepMuteCard = true): void {
    if (keepMuteCard && isMuteCard(this.tooltip.state)) this.tracker.forgetMatch();
    else this.tracker.close();
  }

  dispose(): void {
    this.tooltip.update(null);
  }

  #hide(): void {
    const wasKeyboard = this.tooltip.state?.viaKeyboard;
    this.tooltip.update(null);
    if (!wasKeyboard) return;
    clearFocusHighlight();
    (this.#focusBeforeCard as HTMLElement | null)?.focus?.();
    this.#focusBeforeCard = null;
  }
}

/**
 * For a word with several meanings: the one its surroundings point to, null when none decides.
 * The background decides (glossary/senses.ts and the spelling rules it needs stay out of pages).
 */
async function senseAt(ref: EntryRef, entry: GlossaryEntry, match: PageMatch | undefined): Promise<number | null | undefined> {
  if (!entry.senses || entry.senses.length === 0) return undefined;
  const around = match ? textAround(match) : null;
  if (!around) return null;
  const near = wordsNear(around);
  const chosen = await sendMessage('chooseSense', { packId: ref.packId, id: ref.id, ...near }).catch(() => null);
  return typeof chosen === 'number' && Number.isInteger(chosen) && chosen >= 0 && chosen < entry.senses.length ? chosen : null;
}
