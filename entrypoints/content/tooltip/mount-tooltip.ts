import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RelatedTerm } from '../../../components/TermCard';
import type { CardUi } from './card-ui-contract';
import type { TooltipState } from './TooltipView';

export interface TooltipHandlers {
  onRelated(item: RelatedTerm): void;
  onOpenInTermlight(state: TooltipState): void;
  onMute(state: TooltipState): void;
  /** Undo on a card that has just muted its term; without it the card offers none. */
  onUnmute?(state: TooltipState): void;
  onAddToMyTerms(state: TooltipState): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export interface TooltipHandle {
  update(state: TooltipState | null): void;
  /**
   * Builds a card without showing it, while no card is shown (the pointer rests on a term and its
   * dwell runs); update() with the same entry then only reveals it. null drops a prepared card.
   */
  prepare(state: TooltipState | null): void;
  /** Speaks through the polite live region (outside the card). */
  announce(text: string): void;
  readonly state: TooltipState | null;
  readonly pointerInside: boolean;
}

/**
 * The card's state and its drawing on demand: the drawing code (`loadUi`) is loaded and the
 * card's host added to the page only when a card is first prepared or shown. A UI that fails to
 * load (the extension was updated under this script) leaves the next card to try again.
 */
export function lazyTooltip(ctx: ContentScriptContext, handlers: TooltipHandlers, loadUi: () => Promise<CardUi>): TooltipHandle {
  let ui: CardUi | null = null;
  let container: HTMLElement | null = null;
  let mounting: Promise<void> | null = null;
  let current: TooltipState | null = null;
  let prepared: TooltipState | null = null;
  let pointerInside = false;
  let announcement = '';

  const draw = () => {
    if (!container || !ui) return;
    ui.draw(container, {
      state: current ?? prepared,
      concealed: !current && !!prepared,
      announcement,
      onRelated: handlers.onRelated,
      onOpenInTermlight: () => current && handlers.onOpenInTermlight(current),
      onMute: () => current && handlers.onMute(current),
      onUnmute: handlers.onUnmute ? () => current && handlers.onUnmute?.(current) : undefined,
      onAddToMyTerms: () => current && handlers.onAddToMyTerms(current),
      onClose: handlers.onClose,
      onPointerEnter: () => {
        pointerInside = true;
        handlers.onPointerEnter();
      },
      onPointerLeave: () => {
        pointerInside = false;
        handlers.onPointerLeave();
      },
    });
  };

  const mount = () =>
    (mounting ??= loadUi()
      .then(async (loaded) => {
        ui = loaded;
        const mounted = await loaded.mount(ctx, () => {
          container = null;
        });
        container = mounted.container;
        watchRemoval(mounted.host);
      })
      .catch((error: unknown) => {
        mounting = null;
        console.warn('Termlight could not load its card', error);
      }));

  /**
   * Some pages take out nodes they did not create (hydration passes do). When that happens to the
   * card's host while a card is showing, the card is built again at once, not on the next hover.
   */
  const watchRemoval = (host: HTMLElement) => {
    const parent = host.parentNode;
    if (!parent) return;
    const observer = new MutationObserver(() => {
      if (host.isConnected) return;
      observer.disconnect();
      container = null;
      mounting = null;
      if (current || prepared) void mount().then(draw);
    });
    observer.observe(parent, { childList: true });
    ctx.onInvalidated(() => observer.disconnect());
  };

  /** Draws what changed; a card to draw (`wanted`) mounts the UI first if it has none yet. */
  const redraw = (wanted: boolean) => {
    // Some pages clear out nodes they did not create; build the card again when its host is gone.
    if (container && !container.isConnected) {
      container = null;
      mounting = null;
    }
    if (container) draw();
    else if (wanted) void mount().then(draw);
  };

  return {
    update(state) {
      current = state;
      // Shown or closed, a card prepared earlier has had its turn.
      prepared = null;
      if (!state) pointerInside = false;
      redraw(!!state);
    },
    prepare(state) {
      if (current || state === prepared) return;
      prepared = state;
      redraw(!!state);
    },
    announce(text) {
      announcement = '';
      const speak = () => {
        announcement = text;
        draw();
      };
      // The region must exist, empty, before its text arrives, or it may not be read.
      if (container) {
        draw();
        window.setTimeout(speak, 50);
      } else void mount().then(() => {
        draw();
        window.setTimeout(speak, 50);
      });
    },
    get state() {
      return current;
    },
    get pointerInside() {
      return pointerInside;
    },
  };
}
