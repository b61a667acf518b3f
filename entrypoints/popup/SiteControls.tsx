import { UNDERLINE_LABELS, UNDERLINE_LEVELS, type Settings } from '../../glossary/settings-schema';

export interface SiteControlsProps {
  host: string | null;
  settings: Settings | null;
  isActive(host: string): boolean;
  onToggleSite(host: string, on: boolean): void;
  onTogglePause(paused: boolean): void;
  onUnderline(level: Settings['underline']): void;
  onOpenOptions(): void;
}

export function SiteControls(props: SiteControlsProps) {
  const { host, settings } = props;
  return (
    <footer class="controls">
      {host && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={props.isActive(host)} onChange={(event) => props.onToggleSite(host, event.currentTarget.checked)} />
          <span>Highlight on {host}</span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" role="switch" checked={!!settings?.paused} onChange={(event) => props.onTogglePause(event.currentTarget.checked)} />
        <span>Pause everywhere</span>
      </label>
      <label class="underline-level">
        <span>Underline</span>
        <select value={settings?.underline ?? 'general'} onChange={(event) => props.onUnderline(event.currentTarget.value as Settings['underline'])}>
          {UNDERLINE_LEVELS.map((level) => <option key={level} value={level}>{UNDERLINE_LABELS[level]}</option>)}
        </select>
      </label>
      <button type="button" class="link" onClick={props.onOpenOptions}>
        Options
      </button>
    </footer>
  );
}
