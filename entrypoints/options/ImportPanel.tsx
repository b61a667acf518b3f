import { useEffect, useState } from 'preact/hooks';
import { checkFileSize, planImport, readGlossaryFile, type ConflictChoice, type ImportPlan, type ImportPreview } from '../../glossary/import';
import type { GlossaryEntry } from '../../glossary/schema';
import { applyPreview, type UserGlossary } from '../../utils/storage/user-glossaries';
import { t, tPlural } from '../../utils/ui/i18n';

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
    setStage({ kind: 'working', step: t('importReading', file.name) });
    const bytes = new Uint8Array(await file.arrayBuffer());
    setStage({ kind: 'working', step: t('importChecking') });
    await nextFrame();
    const preview = readGlossaryFile(file.name, bytes);
    setStage({ kind: 'preview', preview, name: file.name.replace(/\.(json|csv)$/i, ''), choice: 'keep-both' });
  }

  async function apply(preview: ImportPreview, name: string, choice: ConflictChoice) {
    setStage({ kind: 'working', step: t('importSaving') });
    await nextFrame();
    try {
      // Planned again against what is stored now, the same way as the preview; nothing is muted.
      const glossary = await applyPreview(preview, { name, choice, bundled: bundledSource });
      setStage({ kind: 'done', message: tPlural('importDone', glossary.entries.length, glossary.name), glossaryId: glossary.id });
    } catch (error) {
      setStage({ kind: 'idle' });
      onError(t('importFailed', (error as Error).message));
    }
  }

  const plan =
    stage.kind === 'preview' && stage.preview.errors.length === 0
      ? planImport(stage.preview.entries, { user: existing, bundled: bundledSource, choice: stage.choice, name: stage.name })
      : null;

  return (
    <div class="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('importHeading')}</h3>
      <p class="muted">
        {t('importFormats')} {t('importTemplatesLabel')}{' '}
        {TEMPLATES.slice(0, 2).map(([file, label], index) => (
          <span key={file}>{index > 0 && ', '}<a href={`/templates/${file}`} download={file}>{label}</a></span>
        ))}
        ; {t('importExamplesLabel')}{' '}
        {TEMPLATES.slice(2).map(([file, label], index) => (
          <span key={file}>{index > 0 && ', '}<a href={`/templates/${file}`} download={file}>{label}</a></span>
        ))}
        .
      </p>
      <label class="file">
        <span>{t('importChooseFile')}</span>
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
  const errors = tPlural('errorCount', preview.errors.length);
  const warnings = tPlural('warningCount', preview.warnings.length);
  const summary =
    conflicts.length > 0
      ? t('importSummaryWithConflicts', preview.fileName, preview.rowsRead, preview.entries.length, errors, warnings, tPlural('importConflictCount', conflicts.length))
      : t('importSummary', preview.fileName, preview.rowsRead, preview.entries.length, errors, warnings);
  return (
    <div class="preview" data-testid="import-preview">
      <p class="summary" role="status">
        {summary}
      </p>
      {preview.errors.length > 0 && <p class="error">{t('importBlocked')}</p>}
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
            {tPlural('importConflictsLegend', conflicts.length)}
          </legend>
          <ul class="conflict-list">
            {conflicts.map((conflict) => (
              <li key={conflict.entry.id}>
                <strong>{conflict.entry.term}</strong> {t('importConflictAlreadyIn')}{' '}
                {conflict.existing.map((item, index) => (
                  <span key={`${item.glossaryId}:${item.entryId}`}>{index > 0 && ', '}{t('importConflictPlace', item.glossaryName, item.term)}</span>
                ))}
              </li>
            ))}
          </ul>
          <p class="muted">{t('importConflictQuestion')}</p>
          <label>
            <input type="radio" name="conflict" checked={stage.choice === 'keep-both'} onChange={() => onChoice('keep-both')} /> {t('importChoiceBoth')}
          </label>
          <label>
            <input type="radio" name="conflict" checked={stage.choice === 'keep-theirs'} onChange={() => onChoice('keep-theirs')} /> {clashWithOwn ? t('importChoiceTheirsRemovingOwn') : t('importChoiceTheirs')}
          </label>
          <label>
            <input type="radio" name="conflict" checked={stage.choice === 'keep-ours'} onChange={() => onChoice('keep-ours')} /> {tPlural('importChoiceOurs', conflicts.length)}
          </label>
        </fieldset>
      )}
      {plan && (
        <div class="plan" data-testid="import-plan">
          {plan.entries.length === 0 ? (
            <p class="error" role="alert">
              {preview.entries.length === 0 ? t('importNothingEmptyFile') : t('importNothingAllKnown')}
            </p>
          ) : (
            <details open={plan.entries.length <= 30}>
              <summary>{tPlural('importWillAdd', plan.entries.length)}</summary>
              <ul class="plan-list" data-testid="import-added">
                {plan.entries.map((entry) => <li key={entry.id}>{entry.term}</li>)}
              </ul>
            </details>
          )}
          {plan.skipped.length > 0 && (
            <p data-testid="import-skipped">{t('importLeftOut', plan.skipped.map((entry) => entry.term).join(', '))}</p>
          )}
          {plan.removed.length > 0 && (
            <p data-testid="import-removed">{t('importRemovedFromYours', plan.removed.map((item) => t('importTermInGlossary', item.term, item.glossaryName)).join(', '))}</p>
          )}
        </div>
      )}
      {plan && plan.entries.length > 0 && (
        <label class="name">
          {t('importNameLabel')}
          <input value={stage.name} maxLength={100} onInput={(event) => onName(event.currentTarget.value)} />
          {stage.name.trim() !== '' && plan.name !== stage.name.trim().slice(0, 100) && <span class="muted"> {t('importNameTaken', plan.name, stage.name.trim())}</span>}
        </label>
      )}
      <p class="buttons">
        {!failed && plan && plan.entries.length > 0 && (
          <button type="button" class="primary" onClick={onApply}>
            {tPlural('importButton', plan.entries.length)}
          </button>
        )}
        <button type="button" onClick={onCancel}>{failed || !plan || plan.entries.length === 0 ? t('closeButton') : t('cancelButton')}</button>
      </p>
    </div>
  );
}
