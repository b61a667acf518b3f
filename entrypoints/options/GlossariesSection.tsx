import { useEffect, useState } from 'preact/hooks';
import { entriesCsvLeavesOut, toCsv, toJson } from '../../glossary/import';
import { withGlossaryPutBack, withGlossaryRenamed } from '../../glossary/user-glossary-list';
import { withPackEnabled, type Settings } from '../../glossary/settings-schema';
import { downloadText, safeFileName } from '../../utils/ui/download';
import { saveUserGlossaries, type UserGlossary } from '../../utils/storage/user-glossaries';
import { ImportPanel } from './ImportPanel';
import { t, tPlural } from '../../utils/ui/i18n';

export interface BundledSummary {
  id: string;
  name: string;
  count: number;
  version: string;
}

interface Props {
  bundled: BundledSummary;
  user: UserGlossary[];
  settings: Settings;
  onChange(update: (current: Settings) => Settings): void;
  onError(message: string | null): void;
}

/** Where a user glossary came from, as its row says it. */
function origin(glossary: UserGlossary): string {
  if (glossary.origin === 'my-terms') return t('glossaryOriginMyTerms');
  return glossary.fileName ? t('glossaryOriginFile', glossary.fileName) : t('glossaryOriginUnknownFile');
}

export function GlossariesSection({ bundled, user, settings, onChange, onError }: Props) {
  const [removed, setRemoved] = useState<{ glossary: UserGlossary; index: number; gone?: boolean } | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const save = (next: UserGlossary[]) => saveUserGlossaries(next).then(() => onError(null), (error: Error) => onError(t('glossariesNotSaved', error.message)));
  const update = (id: string, change: (glossary: UserGlossary) => UserGlossary) =>
    save(user.map((glossary) => (glossary.id === id ? change(glossary) : glossary)));
  const bundledOn = !settings.disabledPacks.includes(bundled.id);
  // A glossary with the removed one's id came back (re-imported, restored): Undo would duplicate it.
  useEffect(() => {
    if (!removed) return;
    const present = user.some((glossary) => glossary.id === removed.glossary.id);
    if (!present && !removed.gone) setRemoved({ ...removed, gone: true });
    if (present && removed.gone) setRemoved(null);
  }, [user, removed]);

  return (
    <section aria-labelledby="glossaries">
      <h2 id="glossaries">{t('glossariesHeading')}</h2>
      <ul class="rows glossary-list">
        <li class="row">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={bundledOn}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                onChange((current) => ({ ...current, disabledPacks: withPackEnabled(current.disabledPacks, bundled.id, on) }));
              }}
            />
            <span><strong>{bundled.name}</strong> · {tPlural('entryCount', bundled.count)} · {t('glossaryBundledVersion', bundled.version)}</span>
          </label>
        </li>
        {user.map((glossary) => {
          const csvLeavesOut = entriesCsvLeavesOut(glossary.entries);
          const csvNoteId = `csv-leaves-out-${glossary.id}`;
          return (
            <li class="row" key={glossary.id} data-glossary-id={glossary.id}>
              <label class="switch">
                <input type="checkbox" role="switch" checked={glossary.enabled} onChange={(event) => void update(glossary.id, (item) => ({ ...item, enabled: event.currentTarget.checked }))} />
                {renaming === glossary.id ? (
                  <input
                    aria-label={t('glossaryNewNameLabel')}
                    defaultValue={glossary.name}
                    ref={(input) => input?.focus()}
                    onKeyDown={(event) => {
                      if (event.key === 'Escape') setRenaming(null);
                      if (event.key !== 'Enter') return;
                      const name = event.currentTarget.value.trim().slice(0, 100);
                      setRenaming(null);
                      if (name) void save(withGlossaryRenamed(user, glossary.id, name, new Date()));
                    }}
                  />
                ) : (
                  <span>
                    <strong>{glossary.name}</strong> · {tPlural('entryCount', glossary.entries.length)} · {origin(glossary)} · {new Date(glossary.updatedAt).toLocaleDateString()}
                  </span>
                )}
              </label>
              <span class="actions">
                <button type="button" onClick={() => setRenaming(glossary.id)} aria-label={t('glossaryRenameLabel', glossary.name)}>{t('glossaryRename')}</button>
                <button type="button" onClick={() => downloadText(safeFileName(glossary.name, 'json'), toJson(glossary.entries), 'application/json')} aria-label={t('glossaryExportJsonLabel', glossary.name)}>{t('glossaryExportJson')}</button>
                <button
                  type="button"
                  onClick={() => downloadText(safeFileName(glossary.name, 'csv'), toCsv(glossary.entries), 'text/csv')}
                  aria-label={t('glossaryExportCsvLabel', glossary.name)}
                  aria-describedby={csvLeavesOut > 0 ? csvNoteId : undefined}
                >
                  {t('glossaryExportCsv')}
                </button>
                <button
                  type="button"
                  aria-label={t('glossaryRemoveLabel', glossary.name)}
                  onClick={() => {
                    // Asked once, afterwards: the Undo below puts it back, with its place in the list.
                    setRemoved({ glossary, index: user.indexOf(glossary) });
                    void save(user.filter((item) => item.id !== glossary.id));
                  }}
                >
                  {t('glossaryRemove')}
                </button>
              </span>
              {csvLeavesOut > 0 && (
                <p class="muted csv-note" id={csvNoteId}>
                  {tPlural('glossaryCsvLeavesOut', csvLeavesOut)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {removed && (
        <p class="undo" role="status">
          {tPlural('glossaryRemoved', removed.glossary.entries.length, removed.glossary.name)}{' '}
          <button
            type="button"
            onClick={() => {
              setRemoved(null);
              void save(withGlossaryPutBack(user, removed.glossary, removed.index));
            }}
          >
            {t('undoButton')}
          </button>
        </p>
      )}
      <ImportPanel existing={user} bundled={bundled} onError={onError} />
    </section>
  );
}
