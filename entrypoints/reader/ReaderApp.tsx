import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchPdf, MAX_PDF_BYTES, ReaderError, tooLarge } from './pdf-source';
import type { ReaderSession, ReaderState, ReaderTerm } from './session';
import { t, tPlural } from '../../utils/ui/i18n';

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
/** The keys the hint names: keys, not words, so they are the same in every language (j and k work too). */
const NEXT_TERM_KEY = 'n';
const PREVIOUS_TERM_KEY = 'p';
const CLOSE_CARD_KEY = 'Esc';

/**
 * PDF.js and Termlight's engine, loaded apart from the page: the page shows at once, and their
 * code is fetched, compiled and run in tasks of their own while the PDF's bytes arrive. The
 * settings and the glossary are read from then on too, not once the document is open.
 */
let engine: Promise<{ openPdf: typeof import('./pdf-open').openPdf; ReaderSession: typeof import('./session').ReaderSession }> | null = null;
export function loadEngine() {
  engine ??= Promise.all([import('./pdf-open'), import('./session'), import('./engine-inputs')]).then(([pdf, session, inputs]) => {
    inputs.engineInputs();
    return { openPdf: pdf.openPdf, ReaderSession: session.ReaderSession };
  });
  return engine;
}

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
    document.title = t('readerDocumentTitle', name);
    setStatus({ kind: 'loading', what: t('readerOpening', name) });
    try {
      const [bytes, { openPdf, ReaderSession }] = await Promise.all([load(), loadEngine()]);
      const doc = await openPdf(bytes, (again) => new Promise((answer) => setStatus({ kind: 'password', again, answer })));
      if (attempt !== opening.current) return void doc.loadingTask.destroy();
      setStatus({ kind: 'ready' });
      session.current = await ReaderSession.open(doc, pages.current!, scroller.current!, setState);
      setState(session.current.state);
    } catch (error) {
      if (attempt !== opening.current) return;
      setStatus({ kind: 'error', message: error instanceof ReaderError ? error.message : t('readerUnexpectedError', String((error as Error)?.message ?? error)) });
    }
  }

  function openFile(file: File) {
    if (file.size > MAX_PDF_BYTES) return setStatus({ kind: 'error', message: tooLarge(file.size) });
    void open(file.name, () => file.arrayBuffer());
  }

  useEffect(() => {
    // Ready by the time a file is chosen; with an address, it loads while the PDF downloads.
    void loadEngine();
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
      if (event.key === NEXT_TERM_KEY || event.key === 'j') void session.current?.runCommand('next-term');
      else if (event.key === PREVIOUS_TERM_KEY || event.key === 'k') void session.current?.runCommand('previous-term');
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
        <strong class="brand">{t('readerName')}</strong>
        <label class="button">
          {t('readerChoosePdf')}
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
            <span class="group" role="group" aria-label={t('readerZoom')}>
              <button type="button" id="zoom-out" onClick={() => zoomBy(-1)} aria-label={t('readerZoomOut')}>−</button>
              <span id="zoom" aria-live="polite">{Math.round(state.scale * 100)}%</span>
              <button type="button" id="zoom-in" onClick={() => zoomBy(1)} aria-label={t('readerZoomIn')}>+</button>
            </span>
            <label class="group">
              {t('readerPageLabel')}
              <input
                id="page-number"
                type="number"
                min={1}
                max={state.pages}
                value={state.page}
                onChange={(event) => session.current?.goToPage(Number(event.currentTarget.value))}
              />
              <span id="page-count">{t('readerPageOf', state.pages)}</span>
            </label>
            <form
              class="group find"
              role="search"
              onSubmit={(event) => {
                event.preventDefault();
                void session.current?.find(findQuery, state.find.query === findQuery ? 1 : 0);
              }}
            >
              <input id="find" type="search" placeholder={t('readerFind')} aria-label={t('readerFind')} value={findQuery} onInput={(event) => setFindQuery(event.currentTarget.value)} />
              <button type="button" aria-label={t('readerFindPrevious')} onClick={() => void session.current?.find(findQuery, -1)}>↑</button>
              <button type="submit" aria-label={t('readerFindNext')}>↓</button>
              <span id="find-count" aria-live="polite">
                {state.find.query ? (state.find.total === 0 ? t('readerFindNone') : t('readerFindPosition', state.find.current + 1, state.find.total)) : ''}
              </span>
            </form>
          </>
        )}
      </header>
      <div class="body">
        <aside class="panel" aria-label={t('readerTermsLabel')}>
          <h2 class="section-title">
            {state ? t('readerTermsHeadingCount', state.terms.length) : t('readerTermsHeading')}
          </h2>
          {!state ? (
            <p class="empty">{t('readerTermsEmpty')}</p>
          ) : state.inactive ? (
            <p class="empty" id="inactive">{state.inactive}</p>
          ) : state.terms.length === 0 ? (
            <p class="empty">{state.indexed < state.pages ? tPlural('readerReadingDocument', state.pages, state.indexed) : t('readerTermsNone')}</p>
          ) : (
            <>
              {state.indexed < state.pages && <p class="empty">{tPlural('readerReadingProgress', state.pages, state.indexed)}</p>}
              <ul class="doc-terms">
                {state.terms.map((term) => (
                  <li key={`${term.packId}/${term.id}`} class="doc-term" data-term-id={term.id}>
                    <button type="button" class="doc-term-name" onClick={() => reveal(term, false)} aria-label={t('readerTermShowLabel', term.term)}>
                      {term.term}
                    </button>
                    <span class="count" aria-label={tPlural('termTimes', term.count)}>{term.count}</span>
                    {term.count > 1 && (
                      <button type="button" class="small" onClick={() => reveal(term, true)} aria-label={t('readerTermNextLabel', term.term)}>
                        {t('termNext')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="hint">
            {t('readerKeysLabel')} <kbd>{NEXT_TERM_KEY}</kbd> {t('readerKeyNextTerm')} <kbd>{PREVIOUS_TERM_KEY}</kbd> {t('readerKeyPreviousTerm')} <kbd>{CLOSE_CARD_KEY}</kbd> {t('readerKeyCloseCard')}
          </p>
        </aside>
        <main class="viewer" ref={scroller} tabIndex={0} aria-label={t('readerDocumentLabel')}>
          {status.kind !== 'ready' && (
            <div class="message-area">
              {status.kind === 'start' && (
                <div class="dropzone">
                  <p>{t('readerDropHint')}</p>
                  <p class="small-print">{t('readerPrivacy')}</p>
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
              {t('readerNoText')}
            </p>
          )}
          {state && state.pageErrors.length > 0 && (
            <p class="notice" role="status" id="page-errors">
              {state.pageErrors.length === 1 ? t('readerPageError', state.pageErrors[0]!) : tPlural('readerPageErrors', state.pageErrors.length)}
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
        {again ? t('readerPasswordWrong') : t('readerPasswordNeeded')}
      </p>
      <label>
        {t('readerPasswordLabel')} <input ref={input} id="password" type="password" autoComplete="off" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
      </label>
      <button type="submit">{t('readerPasswordOpen')}</button>
      <button type="button" onClick={() => answer(null)}>{t('cancelButton')}</button>
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
