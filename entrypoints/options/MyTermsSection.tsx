import { useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { TermCard } from '../../components/TermCard';
import { CATEGORY_IDS, type CategoryId } from '../../glossary/categories';
import { idFromTerm } from '../../glossary/import';
import { EntrySchema, type GlossaryEntry } from '../../glossary/schema';
import { categoryLabel } from '../../utils/ui/category-labels';
import { t } from '../../utils/ui/i18n';
import { saveUserGlossaries, type UserGlossary } from '../../utils/storage/user-glossaries';

export const MY_TERMS_ID = 'user-my-terms';

interface Draft {
  term: string;
  aliases: string;
  short: string;
  explanation: string;
  category: CategoryId;
  source: string;
}

const EMPTY: Draft = { term: '', aliases: '', short: '', explanation: '', category: 'other', source: '' };

/** The entry as typed so far, before validation: what the preview shows. */
function draftEntry(draft: Draft, id: string): GlossaryEntry {
  return {
    id,
    term: draft.term,
    aliases: draft.aliases.split(';').map((alias) => alias.trim()).filter(Boolean),
    forms: [],
    short: draft.short,
    explanation: draft.explanation,
    category: draft.category,
    related: [],
    source: draft.source || t('myTermsDefaultSource'),
    reviewed: new Date().toISOString().slice(0, 10),
  };
}

/** The schema's field names in the words of the form's labels. */
const FIELD_NAMES: Partial<Record<keyof GlossaryEntry, () => string>> = {
  id: () => t('myTermsFieldTerm'),
  term: () => t('myTermsFieldTerm'),
  aliases: () => t('myTermsFieldAliases'),
  short: () => t('myTermsFieldShort'),
  explanation: () => t('myTermsFieldExplanation'),
  category: () => t('myTermsFieldCategory'),
  source: () => t('myTermsFieldSource'),
  reviewed: () => t('myTermsFieldReviewed'),
};

/** "aliases.1: must not be empty" becomes "Other names, name 2: must not be empty". */
function problemText(issue: v.BaseIssue<unknown>): string {
  const [field, index] = (v.getDotPath(issue) ?? '').split('.');
  const name = FIELD_NAMES[field as keyof GlossaryEntry]?.() ?? t('myTermsFieldUnknown');
  return index !== undefined && /^\d+$/.test(index) ? t('myTermsProblemInName', name, Number(index) + 1, issue.message) : t('myTermsProblem', name, issue.message);
}

/** One labelled box of the form. */
function TextField({ label, value, multiline = false, onInput }: { label: string; value: string; multiline?: boolean; onInput(value: string): void }) {
  return (
    <label>
      {label}
      {multiline ? (
        <textarea value={value} rows={3} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : (
        <input value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
    </label>
  );
}

/** Single entries of the user's own, with the same validation as imports and a live card preview. */
export function MyTermsSection({ user, onError, prefill }: { user: UserGlossary[]; onError(message: string | null): void; prefill?: string | null }) {
  const mine = user.find((glossary) => glossary.id === MY_TERMS_ID);
  // A word-parts card or the popup opened this page to add a word (options.html?add=…#my-terms).
  const [draft, setDraft] = useState<Draft>(() => (prefill ? { ...EMPTY, term: prefill } : EMPTY));
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!prefill) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    sectionRef.current?.querySelector('textarea')?.focus();
  }, []);
  const [editing, setEditing] = useState<string | null>(null);
  const id = editing ?? idFromTerm(draft.term);
  const typed = draftEntry(draft, id);
  const parsed = v.safeParse(EntrySchema, typed);
  const taken = !editing && mine?.entries.some((entry) => entry.id === id);
  // One line per field: the term's derived id repeats the term's own problem.
  const problems = parsed.success ? [] : [...new Set(parsed.issues.map(problemText))];
  if (taken) problems.push(t('myTermsTaken', draft.term));
  // The preview follows the typing; validation only decides what can be saved.
  const anythingTyped = [draft.term, draft.aliases, draft.short, draft.explanation, draft.source].some((text) => text.trim() !== '');
  const preview = parsed.success ? parsed.output : { ...typed, term: draft.term.trim() || t('myTermsPreviewTerm') };

  const save = async (entries: GlossaryEntry[]) => {
    const glossary: UserGlossary = { id: MY_TERMS_ID, name: mine?.name ?? t('myTermsGlossaryName'), origin: 'my-terms', updatedAt: new Date().toISOString(), enabled: mine?.enabled ?? true, entries };
    const next = mine ? user.map((item) => (item.id === MY_TERMS_ID ? glossary : item)) : [...user, glossary];
    await saveUserGlossaries(next).then(() => onError(null), (error: Error) => onError(t('myTermsNotSaved', error.message)));
  };

  const edit = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });

  return (
    <section aria-labelledby="my-terms" ref={sectionRef}>
      <h2 id="my-terms">{t('myTermsHeading')}</h2>
      <div class="my-terms">
        <form
          class="grid"
          onSubmit={(event) => {
            event.preventDefault();
            if (!parsed.success || taken) return;
            const entries = mine?.entries ?? [];
            void save(editing ? entries.map((entry) => (entry.id === editing ? parsed.output : entry)) : [...entries, parsed.output]);
            setDraft(EMPTY);
            setEditing(null);
          }}
        >
          <TextField label={t('myTermsFieldTerm')} value={draft.term} onInput={edit('term')} />
          <TextField label={t('myTermsAliasesLabel')} value={draft.aliases} onInput={edit('aliases')} />
          <TextField label={t('myTermsFieldShort')} value={draft.short} onInput={edit('short')} multiline />
          <TextField label={t('myTermsExplanationLabel')} value={draft.explanation} onInput={edit('explanation')} multiline />
          <label>
            {t('myTermsFieldCategory')}
            <select value={draft.category} onChange={(event) => setDraft({ ...draft, category: event.currentTarget.value as CategoryId })}>
              {CATEGORY_IDS.map((category) => <option key={category} value={category}>{categoryLabel(category)}</option>)}
            </select>
          </label>
          <TextField label={t('myTermsSourceLabel')} value={draft.source} onInput={edit('source')} />
          {draft.term && problems.length > 0 && (
            <ul class="issues" aria-live="polite">{problems.map((problem) => <li key={problem} class="error">{problem}</li>)}</ul>
          )}
          <p class="buttons">
            <button type="submit" class="primary" disabled={!parsed.success || !!taken}>{editing ? t('myTermsSaveChanges') : t('myTermsAdd')}</button>
            {editing && <button type="button" onClick={() => { setEditing(null); setDraft(EMPTY); }}>{t('myTermsCancel')}</button>}
          </p>
        </form>
        <div class="card-preview" aria-label={t('myTermsPreviewLabel')}>
          {anythingTyped ? <TermCard key={editing ?? 'new'} entry={preview} related={[]} /> : <p class="muted">{t('myTermsPreviewEmpty')}</p>}
        </div>
      </div>
      {mine && mine.entries.length > 0 && (
        <ul class="rows">
          {mine.entries.map((entry) => (
            <li key={entry.id} class="row">
              <span><strong>{entry.term}</strong> · {entry.short}</span>
              <span class="actions">
                <button type="button" aria-label={t('myTermsEditLabel', entry.term)} onClick={() => { setEditing(entry.id); setDraft({ term: entry.term, aliases: entry.aliases.join('; '), short: entry.short, explanation: entry.explanation, category: entry.category, source: entry.source }); }}>{t('myTermsEdit')}</button>
                <button type="button" aria-label={t('myTermsDeleteLabel', entry.term)} onClick={() => void save(mine.entries.filter((item) => item.id !== entry.id))}>{t('myTermsDelete')}</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
