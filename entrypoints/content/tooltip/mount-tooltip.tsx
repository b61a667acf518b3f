import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RelatedTerm } from '../../../components/TermCard';
import cardCss from '../../../components/term-card.css?inline';
import tooltipCss from './tooltip.css?inline';
import { TooltipView, type TooltipState } from './TooltipView';

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
 * Creates the tooltip's shadow-root UI on first use: the only node Termlight ever adds to a
 * page. Page CSS cannot reach inside, and `all: initial` keeps inherited styles out.
 */
export function lazyTooltip(ctx: ContentScriptContext, handlers: TooltipHandlers): TooltipHandle {
  let container: HTMLElement | null = null;
  let mounting: Promise<void> | null = null;
  let current: TooltipState | null = null;
  let prepared: TooltipState | null = null;
  let pointerInside = false;
  let announcement = '';

  const draw = () => {
    if (!container) return;
    render(
      <TooltipView
        state={current ?? prepared}
        concealed={!current && !!prepared}
        announcement={announcement}
        onRelated={handlers.onRelated}
        onOpenInTermlight={() => current && handlers.onOpenInTermlight(current)}
        onMute={() => current && handlers.onMute(current)}
        onUnmute={handlers.onUnmute ? () => current && handlers.onUnmute?.(current) : undefined}
        onAddToMyTerms={() => current && handlers.onAddToMyTerms(current)}
        onClose={handlers.onClose}
        onPointerEnter={() => {
          pointerInside = true;
          handlers.onPointerEnter();
        }}
        onPointerLeave={() => {
          pointerInside = false;
          handlers.onPointerLeave();
        }}
      />,
      container,
    );
  };

  const mount = () =>
    (mounting ??= createShadowRootUi(ctx, {
      name: 'termlight-tooltip',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      mode: 'open',
      css: `${tooltipCss}\n${cardCss}`,
      onMount(uiContainer) {
        container = uiContainer;
        return () => render(null, uiContainer);
      },
      onRemove(unmount) {
        unmount?.();
        container = null;
      },
    }).then((ui) => {
      ui.mount();
      watchRemoval(ui.shadowHost);
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
