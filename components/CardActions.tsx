import { t } from '../utils/ui/i18n';

export interface CardAction {
  label: string;
  /** The action is shown only where its handler is given (the tooltip has them, the popup not). */
  onClick?: () => void;
  /** Names the button for code that must find it again (to give it focus back). */
  name?: string;
}

/** The footer every card shares: its own actions, then Close. Renders nothing when none applies. */
export function CardActions({ actions, onClose }: { actions: readonly CardAction[]; onClose?: () => void }) {
  const shown = actions.filter((action) => action.onClick);
  if (shown.length === 0 && !onClose) return null;
  return (
    <footer class="tl-actions">
      {shown.map((action) => (
        <button type="button" class="tl-action" key={action.label} data-action={action.name} onClick={action.onClick}>
          {action.label}
        </button>
      ))}
      {onClose && (
        <button type="button" class="tl-action tl-close" onClick={onClose}>
          {t('cardClose')}
        </button>
      )}
    </footer>
  );
}
