import { useState } from 'preact/hooks';
import { applyPreview, checkFileSize, findConflicts, readGlossaryFile, type Conflict, type ConflictChoice, type ImportPreview } from '../../glossary/import';
import type { GlossaryEntry } from '../../glossary/schema';
import { localStorageLike } from '../../utils/local-storage-like';
import { updateSettings } from '../../utils/settings';
import type { UserGlossary } from '../../utils/user-glossaries';

interface Props {
  existing: UserGlossary[];
  bundled: { id: string; name: string; entries?: readonly GlossaryEntry[] };
  onError(message: string | null): void;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'working'; step: string }
  | { kind: 'preview'; preview: ImportPreview; conflicts: Conflict[]; name: string; choice: ConflictChoice }
  | { kind: 'done'; message: string };

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Import from a JSON or CSV file: read, preview with every problem listed, then apply at once. */
export function ImportPanel({ existing, bundled, onError }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function read(file: File) {
    onError(null);
    const tooBig = checkFileSize(file.name, file.size);
    if (tooBig) {
      // Refused before reading a byte: nothing this large is a glossary we can use.
      const preview: ImportPreview = { fileName: file.name, format: file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'json', entries: [], rowsRead: 0, warnings: [], errors: [tooBig] };
      setStage({ kind: 'preview', preview, conflicts: [], name: '', choice: 'keep-both' });
      return;
    }
    setStage({ kind: 'working', step: `Reading ${file.name}…` });
    const bytes = new Uint8Array(await file.arrayBuffer());
    setStage({ kind: 'working', step: 'Checking every entry…' });
    await nextFrame();
    const preview = readGlossaryFile(file.name, bytes);
    const sources = [
      ...(bundled.entries ? [{ id: bundled.id, name: bundled.name, entries: bundled.entries }] : []),
      ...existing.map((glossary) => ({ id: glossary.id, name: glossary.name, entries: glossary.entries })),
    ];
    const conflicts = preview.errors.length === 0 ? findConflicts(preview.entries, sources) : [];
    setStage({ kind: 'preview', preview, conflicts, name: file.name.replace(/\.(json|csv)$/i, ''), choice: 'keep-both' });
  }

  async function apply(preview: ImportPreview, conflicts: Conflict[], name: string, choice: ConflictChoice) {
    setStage({ kind: 'working', step: 'Saving…' });
    await nextFrame();
    // Clashes with other user glossaries are settled by applyPreview in the same write; the
    // bundled pack cannot be edited, so "keep mine" drops the file's entry and "keep the file's"
    // mutes the bundled one.
    const withBundled = conflicts.filter((conflict) => conflict.existing.glossaryId === bundled.id);
    const clashing = new Set(withBundled.map((conflict) => conflict.id));
    const kept = choice === 'keep-ours' ? { ...preview, entries: preview.entries.filter((entry) => !clashing.has(entry.id)) } : preview;
    try {
      const glossary = await applyPreview(localStorageLike, kept, { name, choice });
      if (choice === 'keep-theirs' && withBundled.length > 0) {
        const muted = withBundled.map((conflict) => conflict.existing.entryId);
        await updateSettings((current) => ({ ...current, mutedIds: [...new Set([...current.mutedIds, ...muted])] }));
      }
      setStage({ kind: 'done', message: `Imported ${glossary.entries.length} entries as “${glossary.name}”.` });
    } catch (error) {
      setStage({ kind: 'idle' });
      onError(`Nothing was imported: ${(error as Error).message}`);
    }
  }

  return (
    <div class="import" aria-labelledby="import-title">
      <h3 id="import-title">Import a glossary</h3>
      <p class="muted">
        JSON (Termlight's format) or CSV with the columns term, aliases, forms, short, explanation, category, related, source. Templates:{' '}
        <a href="/templates/glossary-template.csv" download>CSV</a>, <a href="/templates/glossary-template.json" download>JSON</a>; examples:{' '}
        <a href="/templates/glossary-example.csv" download>CSV</a>, <a href="/templates/glossary-example.json" download>JSON</a>.
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
          onChoice={(choice) => setStage({ ...stage, choice })}
          onName={(name) => setStage({ ...stage, name })}
          onApply={() => void apply(stage.preview, stage.conflicts, stage.name, stage.choice)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
    </div>
  );
}

interface PreviewProps {
  stage: Extract<Stage, { kind: 'preview' }>;
  onChoice(choice: ConflictChoice): void;
  onName(name: string): void;
  onApply(): void;
  onCancel(): void;
}

function ImportPreviewView({ stage, onChoice, onName, onApply, onCancel }: PreviewProps) {
  const { preview, conflicts } = stage;
  const failed = preview.errors.length > 0;
  return (
    <div class="preview" data-testid="import-preview">
      <p class="summary" role="status">
        {preview.fileName}: {preview.rowsRead} read, {preview.entries.length} ready, {preview.errors.length} errors, {preview.warnings.length} warnings
        {conflicts.length > 0 && `, ${conflicts.length} conflicts`}.
      </p>
      {failed && <p class="error">Nothing will be imported until these are fixed. Your glossaries are unchanged.</p>}
      {[...preview.errors, ...preview.warnings].length > 0 && (
        <ul class="issues">
          {[...preview.errors, ...preview.warnings].slice(0, 200).map((issue, index) => (
            <li key={index} class={issue.severity}>{issue.message}</li>
          ))}
        </ul>
      )}
      {!failed && conflicts.length > 0 && (
        <fieldset class="choice">
          <legend>{conflicts.length} terms already exist (for example “{conflicts[0]!.term}” in {conflicts[0]!.existing.glossaryName}). Keep:</legend>
          <label><input type="radio" name="conflict" checked={stage.choice === 'keep-theirs'} onChange={() => onChoice('keep-theirs')} /> the file's entries</label>
          <label><input type="radio" name="conflict" checked={stage.choice === 'keep-ours'} onChange={() => onChoice('keep-ours')} /> the entries I already have</label>
          <label><input type="radio" name="conflict" checked={stage.choice === 'keep-both'} onChange={() => onChoice('keep-both')} /> both, marking the imported ones</label>
        </fieldset>
      )}
      {!failed && (
        <label class="name">
          Name
          <input value={stage.name} maxLength={100} onInput={(event) => onName(event.currentTarget.value)} />
        </label>
      )}
      <p class="buttons">
        {!failed && <button type="button" class="primary" onClick={onApply}>Import {preview.entries.length} entries</button>}
        <button type="button" onClick={onCancel}>{failed ? 'Close' : 'Cancel'}</button>
      </p>
    </div>
  );
}
