import { useState } from 'preact/hooks';
import { createBackup, describeRestore, readBackup, type Backup, type RestoreChanges } from '../../glossary/import';
import { downloadText } from '../../utils/ui/download';
import { diffFromDefaults, type Settings } from '../../glossary/settings-schema';
import { writeRestoredState } from '../../utils/storage/restore-backup';
import type { UserGlossary } from '../../utils/storage/user-glossaries';
import { t, tPlural } from '../../utils/ui/i18n';

type Stage =
  | { kind: 'idle' }
  | { kind: 'confirm'; fileName: string; backup: Backup; changes: RestoreChanges; skipped: string }
  /** Restored; `previous` is what it replaced, for Undo. */
  | { kind: 'restored'; text: string; previous: { settings: Partial<Settings>; glossaries: UserGlossary[] } }
  | { kind: 'message'; text: string; error: boolean };

/** Settings as people call them, for the restore summary; every setting needs one (the type says so). */
const SETTING_NAMES: { [Key in keyof Settings]: () => string } = {
  paused: () => t('settingPaused'),
  siteMode: () => t('settingSiteMode'),
  pausedSites: () => t('settingPausedSites'),
  allowedSites: () => t('settingAllowedSites'),
  mutedIds: () => t('settingMutedIds'),
  disabledPacks: () => t('settingDisabledPacks'),
  style: () => t('settingStyle'),
  color: () => t('settingColor'),
  tooltipDelayMs: () => t('settingTooltipDelayMs'),
  density: () => t('settingDensity'),
  underline: () => t('settingUnderline'),
  inLinksAndHeadings: () => t('settingInLinksAndHeadings'),
  badge: () => t('settingBadge'),
  wordParts: () => t('settingWordParts'),
};

/** Everything in one file and back: settings and every user glossary, losslessly; restore asks first and can be undone. */
export function BackupSection({ settings, user }: { settings: Settings; user: UserGlossary[] }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function restore(backup: Backup, skipped: string) {
    const previous = { settings: diffFromDefaults(settings), glossaries: user };
    try {
      await writeRestoredState({ glossaries: backup.userGlossaries, settings: backup.settings }, user);
      setStage({ kind: 'restored', text: `${tPlural('backupRestored', backup.userGlossaries.length)}${skipped}`, previous });
    } catch (error) {
      setStage({ kind: 'message', text: t('backupRestoreFailed', (error as Error).message), error: true });
    }
  }

  async function undo(previous: { settings: Partial<Settings>; glossaries: UserGlossary[] }) {
    try {
      await writeRestoredState(previous, user);
      setStage({ kind: 'message', text: t('backupUndone'), error: false });
    } catch (error) {
      setStage({ kind: 'message', text: t('backupUndoFailed', (error as Error).message), error: true });
    }
  }

  return (
    <section aria-labelledby="backup">
      <h2 id="backup">{t('backupHeading')}</h2>
      <p class="muted">{t('backupLead')}</p>
      <p class="buttons">
        <button type="button" onClick={() => downloadText(`termlight-backup-${new Date().toISOString().slice(0, 10)}.json`, createBackup(diffFromDefaults(settings), user), 'application/json')}>
          {t('backupExport')}
        </button>
        <label class="file">
          <span>{t('backupRestoreFromFile')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="restore-file"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              const { backup, errors, warnings } = readBackup(file.name, new Uint8Array(await file.arrayBuffer()));
              if (!backup) return setStage({ kind: 'message', text: errors.map((issue) => issue.message).join(' '), error: true });
              const skipped = warnings.length > 0 ? ` ${t('backupLeftOut', warnings.map((issue) => issue.message).join(' '))}` : '';
              setStage({ kind: 'confirm', fileName: file.name, backup, changes: describeRestore({ settings, glossaries: user }, backup), skipped });
            }}
          />
        </label>
      </p>
      {stage.kind === 'confirm' && (
        <div class="preview" data-testid="restore-preview" role="group" aria-labelledby="restore-title">
          <p id="restore-title" class="summary">
            {stage.changes.same ? t('backupSame', stage.fileName) : t('backupWillReplace', stage.fileName)}
          </p>
          {stage.changes.glossaries.length > 0 && (
            <ul class="restore-changes">
              {stage.changes.glossaries.map((change) => (
                <li key={change.id}>
                  <strong>{change.name}</strong>:{' '}
                  {change.before === null
                    ? tPlural('backupChangeAdded', change.after ?? 0)
                    : change.after === null
                      ? tPlural('backupChangeRemoved', change.before)
                      : tPlural('backupChangeCounts', change.before, change.after)}
                </li>
              ))}
            </ul>
          )}
          {stage.changes.settings.length > 0 && (
            <p>{t('backupSettingsChange', stage.changes.settings.map((key) => SETTING_NAMES[key]?.() ?? key).join(', '))}</p>
          )}
          {stage.skipped && <p class="muted">{stage.skipped.trim()}</p>}
          <p class="buttons">
            <button type="button" class="primary" onClick={() => void restore(stage.backup, stage.skipped)}>{t('backupRestore')}</button>
            <button type="button" onClick={() => setStage({ kind: 'idle' })}>{t('cancelButton')}</button>
          </p>
        </div>
      )}
      {stage.kind === 'restored' && (
        <p role="status" class="ok undo">
          {stage.text}{' '}
          <button type="button" onClick={() => void undo(stage.previous)}>{t('undoButton')}</button>
        </p>
      )}
      {stage.kind === 'message' && <p role={stage.error ? 'alert' : 'status'} class={stage.error ? 'error' : 'ok'}>{stage.text}</p>}
    </section>
  );
}
