import { sendMessage } from '../../utils/messages/messaging';
import { NO_MATCHES, type MatchSource } from './match-source';
import { MutationBatcher } from './mutation-batcher';
import { PageScanner, type ScannerOptions } from './page-scanner';
import type { HighlightLook } from './drawn-style';
import { installShadowRootStyles } from './shadow-styles';

/**
 * A web page's scanner kept live: full scans when started, rescans of the blocks the page changes
 * (mutation batching, open shadow roots included), and the toolbar badge kept in step with the
 * number of terms shown.
 */
export class PageScan {
  readonly scanner: PageScanner;
  readonly #batcher: MutationBatcher;
  #active = false;
  #lastReported = -1;

  constructor(
    private readonly doc: Document,
    options: ScannerOptions,
  ) {
    // Each reaches the other only once scanning has started.
    this.#batcher = new MutationBatcher(doc.defaultView ?? window, (changed) => {
      if (!this.#active) return;
      void this.scanner.rescan(changed).then(() => this.#reportCount());
    });
    this.scanner = new PageScanner(
      { doc, registry: CSS.highlights, onShadowRoot: (root) => {
        installShadowRootStyles(root);
        this.#batcher.observe(root);
      } },
      NO_MATCHES,
      options,
    );
  }

  get active(): boolean {
    return this.#active;
  }

  /** Drops every match and highlight; a scan in progress stops. */
  clear(): void {
    this.scanner.clear();
  }

  /** Scans the whole page with answers from `source`, drawn as `look` says, and follows its changes. */
  async start(source: MatchSource, options: ScannerOptions, look: HighlightLook): Promise<void> {
    this.#active = true;
    this.scanner.reconfigure(source, options);
    this.restyle(look);
    this.#batcher.disconnect();
    this.#batcher.observe(this.doc);
    for (const root of this.scanner.shadowRoots) this.#batcher.observe(root);
    if (await this.scanner.scanAll()) this.#reportCount();
  }

  /** No highlights and no watching (paused, or no glossary yet); the badge goes to zero. */
  stop(): void {
    this.#active = false;
    this.scanner.layer.hide();
    this.scanner.partsLayer.hide();
    this.#batcher.disconnect();
    this.#reportCount();
  }

  /** A new style or colour, for what is shown already. */
  restyle(look: HighlightLook): void {
    if (!this.#active) return;
    this.scanner.layer.show(look.terms);
    this.scanner.partsLayer.show(look.parts);
  }

  dispose(): void {
    this.#batcher.disconnect();
    this.scanner.clear();
    this.scanner.layer.hide();
    this.scanner.partsLayer.hide();
  }

  #reportCount(): void {
    const count = this.#active ? this.scanner.termCount() : 0;
    if (count === this.#lastReported) return;
    this.#lastReported = count;
    void sendMessage('reportTermCount', { count }).catch(() => {});
  }
}
