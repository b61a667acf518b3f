import { useEffect, useState } from 'preact/hooks';
import { applyPreview, checkFileSize, planImport, plural, readGlossaryFile, type ConflictChoice, type ImportPlan, type ImportPreview } from '../../glossary/import';
import type { GlossaryEntry } from '../../glossary/schema';
import { localStorageLike } from '../../utils/local-storage-like';
import type { UserGlossary } from '../../utils/user-glossaries';

interface Props {
  existing: UserGlossary[];
  bundled: { id: string; name: string; entries?: readonly GlossaryEntry[] };
  onError(message: string | null): void;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'working'; step: string }
  | { kind: 'preview'; preview: ImportPreview; name: string; choice: ConflictChoice }
  | { kind: 'done'; message: string; glossaryId: string };

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Templates and examples, each downloaded under its own name. */
const TEMPLATES = [
  ['glossary-template.csv', 'CSV'],
  ['glossary-template.json', 'JSON'],
  ['glossary-example.csv', 'CSV'],
  ['glossary-example.json', 'JSON'],
] as const;

/** Import from a JSON or CSV file: read, preview everything it will do, then apply at once. */
export function ImportPanel({ existing, bundled, onError }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const bundledSource = bundled.entries ? { id: bundled.id, name: bundled.name, entries: bundled.entries } : undefined;

  // "Imported 12 entries as …" stops being true once that glossary is removed.
  useEffect(() => {
    if (stage.kind === 'done' && !existing.some((glossary) => glossary.id === stage.glossaryId)) setStage({ kind: 'idle' });
  }, [existing, stage]);

  async function read(file: File) {
    onError(null);
    const tooBig = checkFileSize(file.name, file.size);
    if (tooBig) {
      // Refused before reading a byte: nothing this large is a glossary we can use.
      const preview: ImportPreview = { fileName: file.name, format: file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'json', entries: [], rowsRead: 0, warnings: [], errors: [tooBig] };
      setStage({ kind: 'preview', preview, name: '', choice: 'keep-both' });
      return;
    }
    setStage({ kind: 'working', step: `Reading ${file.name}…` });
    const bytes = new Uint8Array(await file.arrayBuffer());
    setStage({ kind: 'working', step: 'Checking every entry…' });
    await nextFrame();
    const preview = readGlossaryFile(file.name, bytes);
    setStage({ kind: 'preview', preview, name: file.name.replace(/\.(json|csv)$/i, ''), choice: 'keep-both' });
  }

  async function apply(preview: ImportPreview, name: string, choice: ConflictChoice) {
    setStage({ kind: 'working', step: 'Saving…' });
    await nextFrame();
    try {
      // Planned again against what is stored now, the same way as the preview; nothing is muted.
      const glossary = await applyPreview(localStorageLike, preview, { name, choice, bundled: bundledSource });
      setStage({ kind: 'done', message: `Imported ${plural(glossary.entries.length, 'entry', 'entries')} as “${glossary.name}”.`, glossaryId: glossary.id });
    } catch (error) {
      setStage({ kind: 'idle' });
      onError(`Nothing was imported: ${(error as Error).message}`);
    }
  }

  const plan =
    stage.kind === 'preview' && stage.preview.errors.length === 0
      ? planImport(stage.preview.entries, { user: existing, bundled: bundledSource, choice: stage.choice, name: stage.name })
      : null;

  return (
    <div class="import" aria-labelledby="import-title">
      <h3 id="import-title">Import a glossary</h3>
      <p class="muted">
        JSON (Termlight's format) or CSV with the columns term, aliases, forms, short, explanation, category, related, source. Templates:{' '}
        {TEMPLATES.slice(0, 2).map(([file, label], index) => (
          <span key={file}>{index > 0 && ', '}<a href={`/templates/${file}`} download={file}>{label}</a></span>
        ))}
        ; examples:{' '}
        {TEMPLATES.slice(2).map(([file, label], index) => (
          <span key={file}>{index > 0 && ', '}<a href={`/templates/${file}`} download={file}>{label}</a></span>
        ))}
        .
      </p>
      <label class="file">
        <span>Choose a file</span>
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      {stage.kind === 'working' && (
        <p role="status" class="progress">
          <progress aria-label={stage.step} /> {stage.step}
        </p>
      )}
      {stage.kind === 'done' && <p role="status" class="ok">{stage.message}</p>}
      {stage.kind === 'preview' && (
        <ImportPreviewView
          stage={stage}
          plan={plan}
          onChoice={(choice) => setStage({ ...stage, choice })}
          onName={(name) => setStage({ ...stage, name })}
          onApply={() => void apply(stage.preview, stage.name, stage.choice)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
    </div>
  );
}

interface PreviewProps {
  stage: Extract<Stage, { kind: 'preview' }>;
  plan: ImportPlan | null;
  onChoice(choice: ConflictChoice): void;
  onName(name: string): void;
  onApply(): void;
  onCancel(): void;
}

function ImportPreviewView({ stage, plan, onChoice, onName, onApply, onCancel }: PreviewProps) {
  const { preview } = stage;
  const failed = preview.errors.length > 0 || !plan;
  const conflicts = plan?.conflicts ?? [];
  const issues = [...preview.errors, ...preview.warnings];
  const clashWithOwn = conflicts.some((conflict) => conflict.existing.some((item) => !item.bundled));
  return (
    <div class="preview" data-testid="import-preview">
      <p class="summary" role="status">
        {preview.fileName}: {preview.rowsRead} read, {preview.entries.length} ready, {plural(preview.errors.length, 'error')}, {plural(preview.warnings.length, 'warning')}
        {conflicts.length > 0 && `, ${plural(conflicts.length, 'entry', 'entries')} sharing words with entries you already have`}.
      </p>
      {preview.errors.length > 0 && <p class="error">Nothing will be imported until these are fixed. Your glossaries are unchanged.</p>}
      {issues.length > 0 && (
        <ul class="issues">
          {issues.slice(0, 200).map((issue, index) => (
            <li key={index} class={issue.severity}>{issue.message}</li>
          ))}
        </ul>
      )}
      {plan && conflicts.length > 0 && (
        <fieldset class="choice" data-testid="import-conflicts">
          <legend>
            {conflicts.length === 1 ? '1 entry in the file explains a word' : `${conflicts.length} entries in the file explain words`} you already have an explanation for:
          </legend>
          <ul class="conflict-list">
            {conflicts.map((conflict) => (
              <li key={conflict.entry.id}>
                <strong>{conflict.entry.term}</strong> — already in{' '}
                {conflict.existing.map((item, index) => (
                  <span key={`${item.glossaryId}:${item.entryId}`}>{index > 0 && ', '}{item.glossaryName} (“{item.term}”)</span>
                ))}
              </li>
            ))}
          </ul>
          <p class="muted">Which should Termlight show for these words? Nothing is muted: switch this glossary off or remove it and the others show again.</p>
          <label>
            <input type="radio" name="conflict" checked={stage.choice === 'keep-both'} onChange={() => onChoice('keep-both')} /> Both: the card shows the file's explanation first, then the one you have
          </label>
          <label>
            <input type="radio" name="conflict" checked={stage.choice === 'keep-theirs'} onChange={() => onChoice('keep-theirs')} /> The file's: it is shown instead while this glossary is on
            {clashWithOwn && ' (the clashing entries in your own glossaries are removed)'}
          </label>
          <label>
            <input type="radio" name="conflict" checked={stage.choice === 'keep-ours'} onChange={() => onChoice('keep-ours')} /> The ones I have: these {plural(conflicts.length, 'entry', 'entries')} from the file are left out
          </label>
        </fieldset>
      )}
      {plan && (
        <div class="plan" data-testid="import-plan">
          {plan.entries.length === 0 ? (
            <p class="error" role="alert">
              Nothing to import: {preview.entries.length === 0 ? 'the file has no entries' : 'every entry in the file is one you already have'}, so no glossary will be added.
            </p>
          ) : (
            <details open={plan.entries.length <= 30}>
              <summary>{plural(plan.entries.length, 'entry', 'entries')} will be added</summary>
              <ul class="plan-list" data-testid="import-added">
                {plan.entries.map((entry) => <li key={entry.id}>{entry.term}</li>)}
              </ul>
            </details>
          )}
          {plan.skipped.length > 0 && (
            <p data-testid="import-skipped">Left out: {plan.skipped.map((entry) => entry.term).join(', ')}.</p>
          )}
          {plan.removed.length > 0 && (
            <p data-testid="import-removed">Removed from your glossaries: {plan.removed.map((item) => `${item.term} (${item.glossaryName})`).join(', ')}.</p>
          )}
        </div>
      )}
      {plan && plan.entries.length > 0 && (
        <label class="name">
          Name
          <input value={stage.name} maxLength={100} onInput={(event) => onName(event.currentTarget.value)} />
          {stage.name.trim() !== '' && plan.name !== stage.name.trim().slice(0, 100) && <span class="muted"> Saved as “{plan.name}”: you already have a glossary called “{stage.name.trim()}”.</span>}
        </label>
      )}
      <p class="buttons">
        {!failed && plan && plan.entries.length > 0 && (
          <button type="button" class="primary" onClick={onApply}>
            Import {plural(plan.entries.length, 'entry', 'entries')}
          </button>
        )}
        <button type="button" onClick={onCancel}>{failed || !plan || plan.entries.length === 0 ? 'Close' : 'Cancel'}</button>
      </p>
    </div>
  );
}
