import { useState } from 'preact/hooks';
import { createBackup, readBackup } from '../../glossary/import';
import { downloadText } from '../../utils/download';
import { diffFromDefaults, resolveSettings, type Settings } from '../../utils/settings-schema';
import { settingsItem } from '../../utils/settings';
import type { UserGlossary } from '../../utils/user-glossaries';
import { saveUserGlossaries } from './use-user-glossaries';

/** Everything in one file and back: settings and every user glossary, losslessly. */
export function BackupSection({ settings, user }: { settings: Settings; user: UserGlossary[] }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  return (
    <section aria-labelledby="backup">
      <h2 id="backup">Back up and restore</h2>
      <p class="muted">One file with your settings and your own glossaries, to keep or to move to another browser.</p>
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
              if (!backup) return setMessage({ text: errors.map((issue) => issue.message).join(' '), error: true });
              const previousGlossaries = user;
              try {
                await saveUserGlossaries(backup.userGlossaries);
                try {
                  await settingsItem.setValue(diffFromDefaults(resolveSettings(backup.settings)));
                } catch (error) {
                  // Settings failed after glossaries were written: put the glossaries back.
                  await saveUserGlossaries(previousGlossaries);
                  throw error;
                }
                const skipped = warnings.length > 0 ? ` Left out: ${warnings.map((issue) => issue.message).join(' ')}` : '';
                setMessage({ text: `Restored ${backup.userGlossaries.length} glossaries and your settings.${skipped}`, error: false });
              } catch (error) {
                setMessage({ text: `Nothing was restored: ${(error as Error).message}`, error: true });
              }
            }}
          />
        </label>
      </p>
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'}>{message.text}</p>}
    </section>
  );
}
