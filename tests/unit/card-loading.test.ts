import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardUi } from '../../entrypoints/content/tooltip/card-ui-contract';
import { lazyTooltip, type TooltipHandlers } from '../../entrypoints/content/tooltip/mount-tooltip';
import type { TooltipState, TooltipViewProps } from '../../entrypoints/content/tooltip/TooltipView';

const ctx = { onInvalidated: () => () => {} } as unknown as ContentScriptContext;
const noop = () => {};
const handlers: TooltipHandlers = {
  onRelated: noop,
  onOpenInTermlight: noop,
  onMute: noop,
  onAddToMyTerms: noop,
  onClose: noop,
  onPointerEnter: noop,
  onPointerLeave: noop,
};
const card = (term: string) => ({ entry: { id: term, term }, related: [], anchor: {}, pinned: false, viaKeyboard: false }) as unknown as TooltipState;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A card UI that records what it is asked to do; the host has no parent, so no removal watch. */
function recordingUi() {
  const drawn: Pick<TooltipViewProps, 'state' | 'concealed'>[] = [];
  let mounts = 0;
  const ui: CardUi = {
    mount: async () => {
      mounts++;
      return { container: { isConnected: true } as HTMLElement, host: {} as HTMLElement };
    },
    draw: (_container, props) => drawn.push({ state: props.state, concealed: props.concealed }),
  };
  return { ui, drawn, mounts: () => mounts };
}

describe('the card loads its drawing code on the first card, not before', () => {
  it('asks for nothing until a card is prepared, then builds it hidden and reveals it without loading again', async () => {
    const { ui, drawn, mounts } = recordingUi();
    const load = vi.fn(async () => ui);
    const tooltip = lazyTooltip(ctx, handlers, load);
    await settle();
    expect(load).not.toHaveBeenCalled();

    const first = card('tendon');
    tooltip.prepare(first);
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(mounts()).toBe(1);
    expect(drawn.at(-1)).toEqual({ state: first, concealed: true });

    tooltip.update(first);
    expect(drawn.at(-1)).toEqual({ state: first, concealed: false });
    tooltip.update(card('artery'));
    tooltip.update(null);
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(mounts()).toBe(1);
    expect(drawn.at(-1)).toEqual({ state: null, concealed: false });
  });

  it('shows nothing when the code cannot be loaded, and tries again on the next card', async () => {
    const { ui, drawn } = recordingUi();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi.fn<() => Promise<CardUi>>().mockRejectedValueOnce(new Error('extension updated')).mockResolvedValue(ui);
    const tooltip = lazyTooltip(ctx, handlers, load);

    tooltip.update(card('tendon'));
    await settle();
    expect(drawn).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);

    const next = card('artery');
    tooltip.update(next);
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(drawn.at(-1)).toEqual({ state: next, concealed: false });
    warn.mockRestore();
  });
});
