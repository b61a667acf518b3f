import { UNDERLINE_LEVELS, type Settings } from '../../glossary/settings-schema';
import { isSiteSwitchedOn } from '../../glossary/site-state';
import { t } from '../../utils/ui/i18n';
import { underlineLabel } from '../../utils/ui/underline-labels';

export interface SiteControlsProps {
  host: string | null;
  settings: Settings | null;
  onToggleSite(host: string, on: boolean): void;
  onTogglePause(paused: boolean): void;
  onUnderline(level: Settings['underline']): void;
  onOpenOptions(): void;
}

export function SiteControls(props: SiteControlsProps) {
  const { host, settings } = props;
  // While paused everywhere no site is highlighted, so the site switch must not look ticked; it
  // keeps the site's own choice underneath, which comes back on resume.
  const pausedEverywhere = !!settings?.paused;
  const siteOn = !settings || isSiteSwitchedOn(settings, host ?? '');
  return (
    <footer class="controls">
      {host && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn && !pausedEverywhere}
            disabled={pausedEverywhere}
            onChange={(event) => props.onToggleSite(host, event.currentTarget.checked)}
          />
          <span>{t('siteHighlightOn', host)}</span>
          {pausedEverywhere && <small class="badge">{t('siteOffWhilePaused')}</small>}
        </label>
      )}
      <label class="switch">
        <input type="checkbox" role="switch" checked={pausedEverywhere} onChange={(event) => props.onTogglePause(event.currentTarget.checked)} />
        <span>{t('sitePauseEverywhere')}</span>
      </label>
      <label class="underline-level">
        <span>{t('siteUnderline')}</span>
        <select value={settings?.underline ?? 'general'} onChange={(event) => props.onUnderline(event.currentTarget.value as Settings['underline'])}>
          {UNDERLINE_LEVELS.map((level) => <option key={level} value={level}>{underlineLabel(level)}</option>)}
        </select>
      </label>
      <button type="button" class="link" onClick={props.onOpenOptions}>
        {t('siteOptions')}
      </button>
    </footer>
  );
}
