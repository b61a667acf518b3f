import { useState } from 'preact/hooks';
import { createBackup, describeRestore, plural, readBackup, SETTING_LABELS, type Backup, type RestoreChanges } from '../../glossary/import';
import { downloadText } from '../../utils/download';
import { diffFromDefaults, resolveSettings, type Settings } from '../../glossary/settings-schema';
import { settingsItem } from '../../utils/settings';
import type { UserGlossary } from '../../utils/user-glossaries';
import { saveUserGlossaries } from './use-user-glossaries';

type Stage =
  | { kind: 'idle' }
  | { kind: 'confirm'; fileName: string; backup: Backup; changes: RestoreChanges; skipped: string }
  /** Restored; `previous` is what it replaced, for Undo. */
  | { kind: 'restored'; text: string; previous: { settings: Partial<Settings>; glossaries: UserGlossary[] } }
  | { kind: 'message'; text: string; error: boolean };

/** Writes glossaries then settings; if settings fail, the glossaries are put back. */
async function writeState(glossaries: UserGlossary[], settings: Partial<Settings>, previousGlossaries: UserGlossary[]): Promise<void> {
  await saveUserGlossaries(glossaries);
  try {
    await settingsItem.setValue(diffFromDefaults(resolveSettings(settings)));
  } catch (error) {
    await saveUserGlossaries(previousGlossaries);
    throw error;
  }
}

/** Everything in one file and back: settings and every user glossary, losslessly; restore asks first and can be undone. */
export function BackupSection({ settings, user }: { settings: Settings; user: UserGlossary[] }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function restore(backup: Backup, skipped: string) {
    const previous = { settings: diffFromDefaults(settings), glossaries: user };
    try {
      await writeState(backup.userGlossaries, backup.settings, user);
      setStage({ kind: 'restored', text: `Restored ${plural(backup.userGlossaries.length, 'glossary', 'glossaries')} and your settings.${skipped}`, previous });
    } catch (error) {
      setStage({ kind: 'message', text: `Nothing was restored: ${(error as Error).message}`, error: true });
    }
  }

  async function undo(previous: { settings: Partial<Settings>; glossaries: UserGlossary[] }) {
    try {
      await writeState(previous.glossaries, previous.settings, user);
      setStage({ kind: 'message', text: 'Undone: your glossaries and settings are as they were before the restore.', error: false });
    } catch (error) {
      setStage({ kind: 'message', text: `Could not undo the restore: ${(error as Error).message}`, error: true });
    }
  }

  return (
    <section aria-labelledby="backup">
      <h2 id="backup">Back up and restore</h2>
      <p class="muted">One file with your settings and your own glossaries, to keep or to move to another browser. Restoring shows what will change and asks first.</p>
      <p class="buttons">
        <button type="button" onClick={() => downloadText(`termlight-backup-${new Date().toISOString().slice(0, 10)}.json`, createBackup(diffFromDefaults(settings), user), 'application/json')}>
          Export everything
        </button>
        <label class="file">
          <span>Restore from a file</span>
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
              const skipped = warnings.length > 0 ? ` Left out: ${warnings.map((issue) => issue.message).join(' ')}` : '';
              setStage({ kind: 'confirm', fileName: file.name, backup, changes: describeRestore({ settings, glossaries: user }, backup), skipped });
            }}
          />
        </label>
      </p>
      {stage.kind === 'confirm' && (
        <div class="preview" data-testid="restore-preview" role="group" aria-labelledby="restore-title">
          <p id="restore-title" class="summary">
            {stage.changes.same ? `${stage.fileName} holds exactly what you have now; restoring changes nothing.` : `Restoring ${stage.fileName} will replace your glossaries and settings with the backup's:`}
          </p>
          {stage.changes.glossaries.length > 0 && (
            <ul class="restore-changes">
              {stage.changes.glossaries.map((change) => (
                <li key={change.id}>
                  <strong>{change.name}</strong>:{' '}
                  {change.before === null
                    ? `added, ${plural(change.after ?? 0, 'entry', 'entries')}`
                    : change.after === null
                      ? `removed (it has ${plural(change.before, 'entry', 'entries')} now and is not in the backup)`
                      : `${plural(change.before, 'entry', 'entries')} now, ${change.after} after`}
                </li>
              ))}
            </ul>
          )}
          {stage.changes.settings.length > 0 && (
            <p>
              Settings that change: {stage.changes.settings.map((key) => SETTING_LABELS[key] ?? key).join(', ')}.
            </p>
          )}
          {stage.skipped && <p class="muted">{stage.skipped.trim()}</p>}
          <p class="buttons">
            <button type="button" class="primary" onClick={() => void restore(stage.backup, stage.skipped)}>Restore</button>
            <button type="button" onClick={() => setStage({ kind: 'idle' })}>Cancel</button>
          </p>
        </div>
      )}
      {stage.kind === 'restored' && (
        <p role="status" class="ok undo">
          {stage.text}{' '}
          <button type="button" onClick={() => void undo(stage.previous)}>Undo</button>
        </p>
      )}
      {stage.kind === 'message' && <p role={stage.error ? 'alert' : 'status'} class={stage.error ? 'error' : 'ok'}>{stage.text}</p>}
    </section>
  );
}
