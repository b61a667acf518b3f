import type { SiteState } from '../../glossary/site-state';
import { t } from '../../utils/ui/i18n';

/**
 * What the popup says in place of "On this page" when the page is not highlighted, and why: an
 * empty list would read as "this page has no health words", which is not true.
 */
export function PausedNotice({ state, host }: { state: Exclude<SiteState, 'active'>; host: string }) {
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page" class="section-title">{t('pausedNoticeHeading')}</h2>
      <p class="empty" role="status" data-site-state={state}>
        {/* Each names the popup's own switch by its message, so the two always read the same. */}
        {state === 'paused-everywhere'
          ? t('pausedNoticeEverywhere', t('sitePauseEverywhere'))
          : state === 'paused-here'
            ? t('pausedNoticeHere', host, t('siteHighlightOn', host))
            : t('pausedNoticeNotListed', host, t('siteHighlightOn', host))}
      </p>
    </section>
  );
}
