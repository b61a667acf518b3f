import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TooltipViewProps } from './TooltipView';

/**
 * The card's drawing half: Preact, the card views, Floating UI, their CSS and WXT's shadow-root
 * UI. Most frames never show a card, so a web page's content script leaves all of this out and
 * loads it on the first hover, tap or keyboard card (`card-ui.js`, an unlisted script): 48 kB less
 * for every frame to compile at start-up (0.3 to 0.8 ms in A/B runs of fresh tabs). Extension
 * pages (the PDF reader) import it as a module of their bundle.
 */
export interface CardUi {
  /**
   * Adds the card's host (a shadow root, the only node Termlight adds to a page) and resolves with
   * the element to draw into. `onRemoved` runs when WXT takes the host away (the script retired).
   */
  mount(ctx: ContentScriptContext, onRemoved: () => void): Promise<{ container: HTMLElement; host: HTMLElement }>;
  draw(container: HTMLElement, props: TooltipViewProps): void;
}

/**
 * Where the loaded script leaves its CardUi: a global of the content script's own world (pages
 * and other extensions each have theirs), since a classic script has no exports to import.
 */
const CARD_UI = Symbol.for('termlight.card-ui');

type WithCardUi = typeof globalThis & { [CARD_UI]?: CardUi };

export function publishCardUi(ui: CardUi): void {
  (globalThis as WithCardUi)[CARD_UI] = ui;
}

/**
 * Runs the card's script (once per frame) and returns what it published. Rejects when the script
 * can't be loaded, as after the extension was updated under a retired content script.
 *
 * Firefox's build bundles the card code into the content script instead: Mozilla's add-on linter
 * reports any import() of a computed URL in a content script as unsafe, which its review reads as
 * a problem to explain, so there the import below is of a module and the bundler inlines it.
 */
export async function importCardUi(): Promise<CardUi> {
  // Written out here, not shared with the reader's one-line import: a constant-false branch is
  // dropped before bundling, so Chromium's content script does not take the card code in with it.
  if (import.meta.env.FIREFOX) return (await import('./card-ui')).cardUi;
  const published = () => (globalThis as WithCardUi)[CARD_UI];
  // eslint-disable-next-line no-unsanitized/method -- the extension's own file; nothing from the page reaches this URL
  if (!published()) await import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js'));
  const ui = published();
  if (!ui) throw new Error("Termlight: card-ui.js ran but did not publish the card's UI");
  return ui;
}
