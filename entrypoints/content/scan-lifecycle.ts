import { underlineMatcher } from '../../glossary/levels';
import type { Matcher } from '../../glossary/matcher';
import type { Settings } from '../../glossary/settings-schema';
import { siteState } from '../../glossary/site-state';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import type { FrameState } from './frame-state';
import { highlightName } from './highlights';
import type { ScannerOptions } from './page-scanner';

/** What a scan takes from the settings, besides the matcher and the word-parts explainer. */
export function scanOptions(settings: Settings): { density: Settings['density']; inLinksAndHeadings: boolean } {
  return { density: settings.density, inLinksAndHeadings: settings.inLinksAndHeadings };
}

/**
 * Whether a settings change needs the page scanned again: the site switched on or off, or what is
 * underlined changed. Any other change (the underline's style or colour, the hover delay, the
 * list of muted terms, which reaches the page as a new glossary) needs no rescan.
 */
export function needsRescan(previous: Settings, next: Settings, host: string): boolean {
  return (
    (siteState(previous, host) === 'active') !== (siteState(next, host) === 'active') ||
    previous.density !== next.density ||
    previous.underline !== next.underline ||
    previous.inLinksAndHeadings !== next.inLinksAndHeadings ||
    previous.wordParts !== next.wordParts
  );
}

/** What the lifecycle drives: the page's live scan (PageScan). */
export interface ScanControls {
  readonly active: boolean;
  clear(): void;
  start(matcher: Matcher, options: ScannerOptions, underline: string): Promise<void>;
  stop(): void;
  restyle(underline: string): void;
}

interface ScanLifecycleParts {
  scan: ScanControls;
  card: { matchesRebuilt(keepMuteCard: boolean): void };
  stepper: { reset(): void };
  /** Entries fetched for cards: a new glossary makes them stale. */
  entries: { clear(): void };
  host(): string;
  /** A word-parts explainer for this glossary's matcher and these settings' muted words. */
  explainerFor(raw: Matcher, settings: Settings): WordPartsExplainer;
}

/**
 * Applies the glossary and the settings to the page: a new glossary or a settings change that
 * alters what is underlined rescans from scratch (refresh), a style change only restyles, a site
 * switched off stops the scan.
 */
export class ScanLifecycle {
  constructor(
    private readonly state: FrameState,
    private readonly parts: ScanLifecycleParts,
  ) {}

  /** A glossary from storage (at start or when the background publishes a new one). */
  async applyGlossary(value: unknown): Promise<void> {
    if (!this.state.loadGlossary(value)) return;
    this.parts.entries.clear();
    await this.refresh();
  }

  applySettings(next: Settings): void {
    const previous = this.state.settings;
    this.state.settings = next;
    if (needsRescan(previous, next, this.parts.host())) void this.refresh();
    else this.parts.scan.restyle(highlightName(next));
  }

  /** Scans the page again from scratch with the current glossary and settings, or stops. */
  async refresh(): Promise<void> {
    const { state, parts } = this;
    const { settings, matcher, compiled } = state;
    const shouldBeActive = !!matcher && siteState(settings, parts.host()) === 'active';
    parts.scan.clear();
    parts.card.matchesRebuilt(shouldBeActive);
    if (!shouldBeActive || !matcher || !compiled) {
      parts.scan.stop();
      return;
    }
    state.explainer = settings.wordParts ? parts.explainerFor(matcher, settings) : null;
    parts.stepper.reset();
    await parts.scan.start(underlineMatcher(matcher, compiled.entries, settings.underline), { ...scanOptions(settings), wordParts: state.explainer }, highlightName(settings));
  }
}
