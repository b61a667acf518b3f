import { useEffect, useState } from 'preact/hooks';
import { plural, toCsv, toJson, uniqueName } from '../../glossary/import';
import type { Settings } from '../../glossary/settings-schema';
import { downloadText, safeFileName } from '../../utils/download';
import type { UserGlossary } from '../../utils/user-glossaries';
import { saveUserGlossaries } from './use-user-glossaries';
import { ImportPanel } from './ImportPanel';

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

export function GlossariesSection({ bundled, user, settings, onChange, onError }: Props) {
  const [removed, setRemoved] = useState<{ glossary: UserGlossary; index: number; gone?: boolean } | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const save = (next: UserGlossary[]) => saveUserGlossaries(next).then(() => onError(null), (error: Error) => onError(`Not saved: ${error.message}`));
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
      <h2 id="glossaries">Glossaries</h2>
      <ul class="rows glossary-list">
        <li class="row">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={bundledOn}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                onChange((current) => ({ ...current, disabledPacks: on ? current.disabledPacks.filter((id) => id !== bundled.id) : [...current.disabledPacks, bundled.id] }));
              }}
            />
            <span><strong>{bundled.name}</strong> · {plural(bundled.count, 'entry', 'entries')} · bundled, version {bundled.version}</span>
          </label>
        </li>
        {user.map((glossary) => (
          <li class="row" key={glossary.id} data-glossary-id={glossary.id}>
            <label class="switch">
              <input type="checkbox" role="switch" checked={glossary.enabled} onChange={(event) => void update(glossary.id, (item) => ({ ...item, enabled: event.currentTarget.checked }))} />
              {renaming === glossary.id ? (
                <input
                  aria-label="New name"
                  defaultValue={glossary.name}
                  ref={(input) => input?.focus()}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') setRenaming(null);
                    if (event.key !== 'Enter') return;
                    const name = event.currentTarget.value.trim().slice(0, 100);
                    setRenaming(null);
                    const others = user.filter((item) => item.id !== glossary.id).map((item) => item.name);
                    if (name) void update(glossary.id, (item) => ({ ...item, name: uniqueName(name, others), updatedAt: new Date().toISOString() }));
                  }}
                />
              ) : (
                <span>
                  <strong>{glossary.name}</strong> · {plural(glossary.entries.length, 'entry', 'entries')} · {glossary.origin === 'my-terms' ? 'my terms' : `imported from ${glossary.fileName ?? 'a file'}`} · {new Date(glossary.updatedAt).toLocaleDateString()}
                </span>
              )}
            </label>
            <span class="actions">
              <button type="button" onClick={() => setRenaming(glossary.id)} aria-label={`Rename ${glossary.name}`}>Rename</button>
              <button type="button" onClick={() => downloadText(safeFileName(glossary.name, 'json'), toJson(glossary.entries), 'application/json')} aria-label={`Export ${glossary.name} as JSON`}>JSON</button>
              <button type="button" onClick={() => downloadText(safeFileName(glossary.name, 'csv'), toCsv(glossary.entries), 'text/csv')} aria-label={`Export ${glossary.name} as CSV`}>CSV</button>
              <button
                type="button"
                aria-label={`Remove ${glossary.name}`}
                onClick={() => {
                  // Asked once, afterwards: the Undo below puts it back, with its place in the list.
                  setRemoved({ glossary, index: user.indexOf(glossary) });
                  void save(user.filter((item) => item.id !== glossary.id));
                }}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ul>
      {removed && (
        <p class="undo" role="status">
          Removed “{removed.glossary.name}” and its {plural(removed.glossary.entries.length, 'entry', 'entries')}.{' '}
          <button
            type="button"
            onClick={() => {
              const next = user.filter((glossary) => glossary.id !== removed.glossary.id);
              next.splice(Math.min(removed.index, next.length), 0, removed.glossary);
              setRemoved(null);
              void save(next);
            }}
          >
            Undo
          </button>
        </p>
      )}
      <ImportPanel existing={user} bundled={bundled} onError={onError} />
    </section>
  );
}
