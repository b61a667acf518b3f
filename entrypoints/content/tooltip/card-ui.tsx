import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../../components/term-card.css?inline';
import tooltipCss from './tooltip.css?inline';
import type { CardUi } from './card-ui-contract';
import { TooltipView } from './TooltipView';

/** The card drawn with Preact inside WXT's shadow-root UI; page CSS cannot reach inside, and `all: initial` keeps inherited styles out. */
export const cardUi: CardUi = {
  mount(ctx, onRemoved) {
    return createShadowRootUi(ctx, {
      name: 'termlight-tooltip',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      mode: 'open',
      css: `${tooltipCss}\n${cardCss}`,
      onMount(uiContainer) {
        return () => render(null, uiContainer);
      },
      onRemove(unmount) {
        unmount?.();
        onRemoved();
      },
    }).then((ui) => {
      ui.mount();
      return { container: ui.uiContainer, host: ui.shadowHost };
    });
  },
  draw(container, props) {
    render(<TooltipView {...props} />, container);
  },
};
