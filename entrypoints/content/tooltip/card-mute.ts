import { withMuteSet } from '../../../glossary/muted-ids';
import { updateSettings } from '../../../utils/storage/settings';
import type { TooltipHandle } from './mount-tooltip';
import type { TooltipState } from './TooltipView';

/**
 * "Don't highlight this term" and its Undo, from a card: the card stays open and says what
 * happened, and the setting is written (every tab then rescans with the new glossary).
 */
export function setMutedFromCard(tooltip: TooltipHandle, state: TooltipState, muted: boolean): void {
  const entry = state.entry;
  if (!entry) return;
  tooltip.update({ ...state, muted });
  const packId = state.origin?.packId ?? null;
  void updateSettings((current) => ({ ...current, mutedIds: withMuteSet(current.mutedIds, packId, entry.id, muted) }));
}

/** Whether the open card is one whose term the reader has just muted or unmuted from it. */
export function isMuteCard(state: TooltipState | null): boolean {
  return !!state?.entry && state.muted !== undefined;
}
