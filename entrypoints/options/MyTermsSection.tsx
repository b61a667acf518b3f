import { useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { TermCard } from '../../components/TermCard';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../glossary/categories';
import { idFromTerm } from '../../glossary/import';
import { EntrySchema, type GlossaryEntry } from '../../glossary/schema';
import type { UserGlossary } from '../../utils/user-glossaries';
import { saveUserGlossaries } from './use-user-glossaries';

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

function toEntry(draft: Draft, id: string) {
  return v.safeParse(EntrySchema, {
    id,
    term: draft.term,
    aliases: draft.aliases.split(';').map((alias) => alias.trim()).filter(Boolean),
    forms: [],
    short: draft.short,
    explanation: draft.explanation,
    category: draft.category,
    related: [],
    source: draft.source || 'My own notes',
    reviewed: new Date().toISOString().slice(0, 10),
  });
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
  const parsed = toEntry(draft, id);
  const taken = !editing && mine?.entries.some((entry) => entry.id === id);
  const problems = parsed.success ? [] : parsed.issues.map((issue) => `${v.getDotPath(issue) ?? 'entry'}: ${issue.message}`);
  if (taken) problems.push(`term: “${draft.term}” is already one of your terms`);

  const save = async (entries: GlossaryEntry[]) => {
    const glossary: UserGlossary = { id: MY_TERMS_ID, name: mine?.name ?? 'My terms', origin: 'my-terms', updatedAt: new Date().toISOString(), enabled: mine?.enabled ?? true, entries };
    const next = mine ? user.map((item) => (item.id === MY_TERMS_ID ? glossary : item)) : [...user, glossary];
    await saveUserGlossaries(next).then(() => onError(null), (error: Error) => onError(`Not saved: ${error.message}`));
  };

  const field = (key: keyof Draft, label: string, multiline = false) => (
    <label>
      {label}
      {multiline ? (
        <textarea value={draft[key]} rows={3} onInput={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })} />
      ) : (
        <input value={draft[key]} onInput={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })} />
      )}
    </label>
  );

  return (
    <section aria-labelledby="my-terms" ref={sectionRef}>
      <h2 id="my-terms">My terms</h2>
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
          {field('term', 'Term')}
          {field('aliases', 'Other names (separate with ;)')}
          {field('short', 'Short explanation', true)}
          {field('explanation', 'Longer explanation (2–4 sentences)', true)}
          <label>
            Category
            <select value={draft.category} onChange={(event) => setDraft({ ...draft, category: event.currentTarget.value as CategoryId })}>
              {CATEGORY_IDS.map((category) => <option key={category} value={category}>{CATEGORIES[category]}</option>)}
            </select>
          </label>
          {field('source', 'Source (a reference you trust)')}
          {draft.term && problems.length > 0 && (
            <ul class="issues" aria-live="polite">{problems.map((problem) => <li key={problem} class="error">{problem}</li>)}</ul>
          )}
          <p class="buttons">
            <button type="submit" class="primary" disabled={!parsed.success || !!taken}>{editing ? 'Save changes' : 'Add term'}</button>
            {editing && <button type="button" onClick={() => { setEditing(null); setDraft(EMPTY); }}>Cancel</button>}
          </p>
        </form>
        <div class="card-preview" aria-label="Preview">
          {parsed.success ? <TermCard key={parsed.output.term + parsed.output.short} entry={parsed.output} related={[]} /> : <p class="muted">The card preview appears here as you type.</p>}
        </div>
      </div>
      {mine && mine.entries.length > 0 && (
        <ul class="rows">
          {mine.entries.map((entry) => (
            <li key={entry.id} class="row">
              <span><strong>{entry.term}</strong> · {entry.short}</span>
              <span class="actions">
                <button type="button" aria-label={`Edit ${entry.term}`} onClick={() => { setEditing(entry.id); setDraft({ term: entry.term, aliases: entry.aliases.join('; '), short: entry.short, explanation: entry.explanation, category: entry.category, source: entry.source }); }}>Edit</button>
                <button type="button" aria-label={`Delete ${entry.term}`} onClick={() => void save(mine.entries.filter((item) => item.id !== entry.id))}>Delete</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
