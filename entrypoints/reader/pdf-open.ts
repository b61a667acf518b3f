import { getDocument, GlobalWorkerOptions, PasswordResponses, type PDFDocumentProxy } from 'pdfjs-dist';
// The worker ships inside the extension as a file of its own: nothing is loaded from the network.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
// Pages are drawn in a worker of their own, off the reader's thread (see page-canvas-factory.ts).
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';
import { PageCanvasFactory } from './page-canvas-factory';
import { looksLikePdf, ReaderError } from './pdf-source';
import { t } from '../../utils/ui/i18n';

GlobalWorkerOptions.workerSrc = workerUrl;
GlobalWorkerOptions.rendererSrc = rendererUrl;

/** Asks for the password; `again` is true after a wrong one. Resolves null when the user gives up. */
export type AskPassword = (again: boolean) => Promise<string | null>;

/**
 * Opens a PDF's bytes with PDF.js. The password, when one is needed, is asked for through
 * `askPassword`; a wrong one asks again. Bad files become ReaderErrors with a plain message.
 */
export async function openPdf(bytes: ArrayBuffer, askPassword: AskPassword): Promise<PDFDocumentProxy> {
  if (bytes.byteLength === 0) throw new ReaderError('empty', t('readerErrorEmpty'));
  if (!looksLikePdf(bytes)) throw new ReaderError('not-pdf', t('readerErrorNotPdf'));
  const task = getDocument({
    data: new Uint8Array(bytes),
    // Nothing from the network: fonts and images come from the file itself.
    enableXfa: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    CanvasFactory: PageCanvasFactory,
  });
  let cancelled = false;
  task.onPassword = (update: (password: string) => void, reason: number) => {
    void askPassword(reason === PasswordResponses.INCORRECT_PASSWORD).then((password) => {
      if (password === null) {
        cancelled = true;
        void task.destroy();
      } else update(password);
    });
  };
  try {
    return await task.promise;
  } catch (error) {
    if (cancelled) throw new ReaderError('corrupt', t('readerErrorPasswordCancelled'));
    // A document that did not open still holds PDF.js's worker, a thread of its own, until the
    // page closes (a cancelled one was destroyed above).
    void task.destroy();
    const name = (error as { name?: string } | null)?.name;
    if (name === 'InvalidPDFException') throw new ReaderError('corrupt', t('readerErrorDamaged'));
    throw new ReaderError('corrupt', t('readerErrorOpenFailed', (error as Error)?.message ?? t('readerErrorUnknownProblem')));
  }
}
