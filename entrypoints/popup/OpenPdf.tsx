import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { looksLikePdfUrl, readerPath } from '../../utils/messages/reader-link';
import { t } from '../../utils/ui/i18n';

/**
 * "Open this PDF in Termlight" for a tab showing a PDF in the browser's own viewer, where no
 * content script runs. Without the tabs permission a tab's address is only visible when the
 * browser grants it (host access through the content script's matches, as both browsers do for
 * web pages); when it is hidden, the reader opens with its file picker instead.
 */
export function OpenPdf({ tabId, onlyForPdf }: { tabId: number | null; onlyForPdf: boolean }) {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return void setUrl(null);
    void browser.tabs.get(tabId).then((tab) => setUrl(tab.url ?? tab.pendingUrl ?? null), () => setUrl(null));
  }, [tabId]);
  if (url === undefined) return null;
  const isPdf = looksLikePdfUrl(url ?? undefined);
  if (!isPdf && onlyForPdf) return null;
  return (
    <p class="open-pdf">
      {isPdf ? (
        <button type="button" id="open-pdf" onClick={() => void browser.tabs.update(tabId!, { url: browser.runtime.getURL(readerPath(url!)) }).then(() => window.close())}>
          {t('openPdfThis')}
        </button>
      ) : (
        <button type="button" id="open-pdf" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(readerPath()) }).then(() => window.close())}>
          {t('openPdfPicker')}
        </button>
      )}
    </p>
  );
}
