import type { Settings } from '../../glossary/settings-schema';
import { siteState } from '../../glossary/site-state';
import { highlightLook, type HighlightLook } from './drawn-style';
import type { FrameState } from './frame-state';
import type { MatchSource } from './match-source';
import type { ScannerOptions } from './page-scanner';

/** What a scan takes from the settings, besides where its matches come from. */
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
  start(source: MatchSource, options: ScannerOptions, look: HighlightLook): Promise<void>;
  stop(): void;
  restyle(look: HighlightLook): void;
}

interface ScanLifecycleParts {
  scan: ScanControls;
  card: { matchesRebuilt(keepMuteCard: boolean): void };
  stepper: { reset(): void };
  /** Entries fetched for cards: a new glossary makes them stale. */
  entries: { clear(): void };
  host(): string;
  /** Whether the page is long enough for the default style to draw a background (drawn-style.ts). */
  longPage(): boolean;
  /** Where a scan under these settings gets its matches (the underline level, word parts on or off). */
  sourceFor(settings: Settings): MatchSource;
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

  /** The glossary's revision from storage (at start, or when the background publishes a new one). */
  async applyGlossary(revision: string | null): Promise<void> {
    if (!this.state.setRevision(revision)) return;
    this.parts.entries.clear();
    await this.refresh();
  }

  applySettings(next: Settings): void {
    const previous = this.state.settings;
    this.state.settings = next;
    if (needsRescan(previous, next, this.parts.host())) void this.refresh();
    else this.parts.scan.restyle(highlightLook(next, this.parts.longPage()));
  }

  /** Scans the page again from scratch with the current glossary and settings, or stops. */
  async refresh(): Promise<void> {
    const { state, parts } = this;
    const { settings } = state;
    const shouldBeActive = state.hasGlossary && siteState(settings, parts.host()) === 'active';
    parts.card.matchesRebuilt(shouldBeActive);
    if (!shouldBeActive) {
      parts.scan.clear();
      parts.scan.stop();
      return;
    }
    // The new scan replaces what is shown when it is done (PageScanner.scanAll): no blink.
    parts.stepper.reset();
    await parts.scan.start(parts.sourceFor(settings), scanOptions(settings), highlightLook(settings, parts.longPage()));
  }
}
