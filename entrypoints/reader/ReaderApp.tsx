import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchPdf, MAX_PDF_BYTES, openPdf, ReaderError, tooLarge } from './pdf-source';
import { ReaderSession, ZOOM_STEPS, type ReaderState, type ReaderTerm } from './session';

type Status =
  | { kind: 'start' }
  | { kind: 'loading'; what: string }
  | { kind: 'password'; again: boolean; answer: (password: string | null) => void }
  | { kind: 'error'; message: string }
  | { kind: 'ready' };

export function ReaderApp() {
  const [status, setStatus] = useState<Status>({ kind: 'start' });
  const [title, setTitle] = useState('');
  const [state, setState] = useState<ReaderState | null>(null);
  const [dragging, setDragging] = useState(false);
  const [findQuery, setFindQuery] = useState('');
  const session = useRef<ReaderSession | null>(null);
  const pages = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const occurrences = useRef(new Map<string, number>());
  const opening = useRef(0);

  async function open(name: string, load: () => Promise<ArrayBuffer>) {
    const attempt = ++opening.current;
    session.current?.destroy();
    session.current = null;
    setState(null);
    occurrences.current.clear();
    setTitle(name);
    document.title = `${name} – Termlight reader`;
    setStatus({ kind: 'loading', what: `Opening ${name}…` });
    try {
      const bytes = await load();
      const doc = await openPdf(bytes, (again) => new Promise((answer) => setStatus({ kind: 'password', again, answer })));
      if (attempt !== opening.current) return void doc.loadingTask.destroy();
      setStatus({ kind: 'ready' });
      session.current = await ReaderSession.open(doc, pages.current!, scroller.current!, setState);
      setState(session.current.state);
    } catch (error) {
      if (attempt !== opening.current) return;
      setStatus({ kind: 'error', message: error instanceof ReaderError ? error.message : `Something went wrong: ${(error as Error)?.message ?? error}` });
    }
  }

  function openFile(file: File) {
    if (file.size > MAX_PDF_BYTES) return setStatus({ kind: 'error', message: tooLarge(file.size) });
    void open(file.name, () => file.arrayBuffer());
  }

  useEffect(() => {
    const url = new URLSearchParams(location.search).get('url');
    if (url) void open(nameFromUrl(url), () => fetchPdf(url));
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if ((event.ctrlKey || event.metaKey) && event.key === 'f') {
        event.preventDefault();
        document.getElementById('find')?.focus();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'n' || event.key === 'j') void session.current?.runCommand('next-term');
      else if (event.key === 'p' || event.key === 'k') void session.current?.runCommand('previous-term');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) openFile(file);
  };

  const reveal = (term: ReaderTerm, next: boolean) => {
    const key = `${term.packId}/${term.id}`;
    const occurrence = next ? (occurrences.current.get(key) ?? 0) + 1 : 0;
    occurrences.current.set(key, occurrence);
    void session.current?.reveal(term.id, occurrence);
  };

  const zoomBy = (direction: 1 | -1) => {
    const current = state?.scale ?? 1;
    const steps = direction === 1 ? ZOOM_STEPS.filter((step) => step > current + 0.001) : ZOOM_STEPS.filter((step) => step < current - 0.001).reverse();
    if (steps[0]) session.current?.zoom(steps[0]);
  };

  return (
    <div
      class={`reader${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header class="toolbar">
        <strong class="brand">Termlight reader</strong>
        <label class="button">
          Choose a PDF…
          <input
            ref={fileInput}
            id="file"
            type="file"
            accept="application/pdf,.pdf"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) openFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <span class="doc-title" title={title}>{title}</span>
        {state && (
          <>
            <span class="group" role="group" aria-label="Zoom">
              <button type="button" id="zoom-out" onClick={() => zoomBy(-1)} aria-label="Zoom out">−</button>
              <span id="zoom" aria-live="polite">{Math.round(state.scale * 100)}%</span>
              <button type="button" id="zoom-in" onClick={() => zoomBy(1)} aria-label="Zoom in">+</button>
            </span>
            <label class="group">
              Page
              <input
                id="page-number"
                type="number"
                min={1}
                max={state.pages}
                value={state.page}
                onChange={(event) => session.current?.goToPage(Number(event.currentTarget.value))}
              />
              <span id="page-count">of {state.pages}</span>
            </label>
            <form
              class="group find"
              role="search"
              onSubmit={(event) => {
                event.preventDefault();
                void session.current?.find(findQuery, state.find.query === findQuery ? 1 : 0);
              }}
            >
              <input id="find" type="search" placeholder="Find in document" aria-label="Find in document" value={findQuery} onInput={(event) => setFindQuery(event.currentTarget.value)} />
              <button type="button" aria-label="Previous match" onClick={() => void session.current?.find(findQuery, -1)}>↑</button>
              <button type="submit" aria-label="Next match">↓</button>
              <span id="find-count" aria-live="polite">
                {state.find.query ? (state.find.total === 0 ? 'No matches' : `${state.find.current + 1} of ${state.find.total}`) : ''}
              </span>
            </form>
          </>
        )}
      </header>
      <div class="body">
        <aside class="panel" aria-label="Terms in this document">
          <h2 class="section-title">
            In this document{state ? ` (${state.terms.length})` : ''}
          </h2>
          {!state ? (
            <p class="empty">Open a PDF to see its health terms here.</p>
          ) : state.inactive ? (
            <p class="empty" id="inactive">{state.inactive}</p>
          ) : state.terms.length === 0 ? (
            <p class="empty">{state.indexed < state.pages ? `Reading the document… (${state.indexed} of ${state.pages} pages)` : 'No glossary terms found in this document.'}</p>
          ) : (
            <>
              {state.indexed < state.pages && <p class="empty">Reading… {state.indexed} of {state.pages} pages</p>}
              <ul class="doc-terms">
                {state.terms.map((term) => (
                  <li key={`${term.packId}/${term.id}`} class="doc-term" data-term-id={term.id}>
                    <button type="button" class="doc-term-name" onClick={() => reveal(term, false)} aria-label={`Show ${term.term} in the document`}>
                      {term.term}
                    </button>
                    <span class="count" aria-label={`${term.count} times`}>{term.count}</span>
                    {term.count > 1 && (
                      <button type="button" class="small" onClick={() => reveal(term, true)} aria-label={`Next ${term.term} in the document`}>
                        Next
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="hint">Keys: <kbd>n</kbd> next term, <kbd>p</kbd> previous term, <kbd>Esc</kbd> close the card.</p>
        </aside>
        <main class="viewer" ref={scroller} tabIndex={0} aria-label="Document">
          {status.kind !== 'ready' && (
            <div class="message-area">
              {status.kind === 'start' && (
                <div class="dropzone">
                  <p>Drop a PDF here, or choose one with the button above.</p>
                  <p class="small-print">Your PDF stays on this device: Termlight reads it here and sends its text nowhere.</p>
                </div>
              )}
              {status.kind === 'loading' && <p class="status" role="status">{status.what}</p>}
              {status.kind === 'error' && (
                <p class="error" role="alert" id="reader-error">{status.message}</p>
              )}
              {status.kind === 'password' && <PasswordForm again={status.again} answer={status.answer} />}
            </div>
          )}
          {state?.noText && (
            <p class="notice" role="status" id="no-text">
              This PDF has no text layer (it is probably a scanned image), so there is no text for Termlight to explain.
            </p>
          )}
          {state && state.pageErrors.length > 0 && (
            <p class="notice" role="status" id="page-errors">
              {state.pageErrors.length === 1 ? `Page ${state.pageErrors[0]} could not be read.` : `${state.pageErrors.length} pages could not be read.`} The rest of the document is shown.
            </p>
          )}
          <div class="pages" ref={pages} />
        </main>
      </div>
    </div>
  );
}

function PasswordForm({ again, answer }: { again: boolean; answer: (password: string | null) => void }) {
  const [password, setPassword] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [again]);
  return (
    <form
      class="password"
      id="password-form"
      onSubmit={(event) => {
        event.preventDefault();
        answer(input.current?.value ?? password);
      }}
    >
      <p id="password-message" role={again ? 'alert' : undefined}>
        {again ? 'That password is not right. Try again.' : 'This PDF is protected by a password.'}
      </p>
      <label>
        Password <input ref={input} id="password" type="password" autoComplete="off" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
      </label>
      <button type="submit">Open</button>
      <button type="button" onClick={() => answer(null)}>Cancel</button>
    </form>
  );
}

function nameFromUrl(address: string): string {
  try {
    const url = new URL(address);
    return decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? url.host) || url.host;
  } catch {
    return address.slice(0, 80);
  }
}
