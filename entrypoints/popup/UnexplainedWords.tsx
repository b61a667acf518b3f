import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type UnexplainedWord } from '../../utils/messages/messaging';
import { myTermsPath } from '../../utils/messages/my-terms-link';
import { t, tPlural } from '../../utils/ui/i18n';

type State = { kind: 'closed' } | { kind: 'loading' } | { kind: 'ready'; active: boolean; words: UnexplainedWord[] } | { kind: 'failed' };

export interface UnexplainedWordsProps {
  tabId: number;
  onSearch(word: string): void;
}

/** Options › My terms with the word filled in, in a tab of its own. */
export function openAddToMyTerms(word: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(myTermsPath(word)) }).then(() => window.close());
}

/**
 * "Words here Termlight doesn't explain yet": rare words on the page that neither the glossary nor
 * their word parts explain. Collapsed at first; the page is asked only when the reader opens it.
 */
export function UnexplainedWords({ tabId, onSearch }: UnexplainedWordsProps) {
  const [state, setState] = useState<State>({ kind: 'closed' });
  const load = () => {
    setState({ kind: 'loading' });
    sendMessage('getUnexplainedWords', {}, { tabId, frameId: 0 }).then(
      (reply) => setState(reply && Array.isArray(reply.words) ? { kind: 'ready', active: reply.active, words: reply.words } : { kind: 'failed' }),
      () => setState({ kind: 'failed' }),
    );
  };
  return (
    <details
      class="unexplained"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open && state.kind === 'closed') load();
      }}
    >
      <summary class="unexplained-title">{t('unexplainedTitle')}</summary>
      {state.kind === 'closed' ? null : state.kind === 'loading' ? (
        <p class="empty" role="status">{t('unexplainedLoading')}</p>
      ) : state.kind === 'failed' ? (
        <p class="empty">{t('unexplainedFailed')}</p>
      ) : !state.active ? (
        <p class="empty">{t('unexplainedPaused')}</p>
      ) : state.words.length === 0 ? (
        <p class="empty">{t('unexplainedNone')}</p>
      ) : (
        <ul class="unexplained-words">
          {state.words.map(({ word, count }) => (
            <li key={word} class="unexplained-word" data-word={word}>
              <span class="unexplained-name">{word}</span>
              <span class="count" aria-label={tPlural('unexplainedTimes', count)}>{count}</span>
              <button type="button" class="small" onClick={() => openAddToMyTerms(word)} aria-label={t('unexplainedAddLabel', word)}>
                {t('unexplainedAdd')}
              </button>
              <button type="button" class="small" onClick={() => onSearch(word)} aria-label={t('unexplainedSearchLabel', word)}>
                {t('unexplainedSearch')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
