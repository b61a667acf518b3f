import { getDocument, GlobalWorkerOptions, PasswordResponses, type PDFDocumentProxy } from 'pdfjs-dist';
// The worker ships inside the extension as a file of its own: nothing is loaded from the network.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Where a PDF comes from: a local file (picker, drop) or the user's own address. */
export type PdfSource = { kind: 'file'; name: string; bytes: ArrayBuffer } | { kind: 'url'; url: string };

/** A problem the reader explains in plain words instead of breaking. */
export class ReaderError extends Error {
  constructor(
    readonly code: 'not-pdf' | 'corrupt' | 'fetch' | 'bad-url' | 'empty' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** Larger than this, a file is refused before it is read into memory. */
export const MAX_PDF_BYTES = 512 * 1024 * 1024;

/** Asks for the password; `again` is true after a wrong one. Resolves null when the user gives up. */
export type AskPassword = (again: boolean) => Promise<string | null>;

/** The only network request the reader makes: the user's own PDF, by the address they gave. */
export async function fetchPdf(address: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ReaderError('bad-url', `“${address.slice(0, 200)}” is not a web address.`);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    throw new ReaderError('bad-url', `Termlight can open PDFs from http, https and file addresses, not ${url.protocol.replace(':', '')}.`);
  }
  let response: Response;
  try {
    // No cookies are sent to other sites; the PDF's own server sees the request and nothing else.
    response = await fetch(url, { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal });
  } catch {
    throw new ReaderError(
      'fetch',
      url.protocol === 'file:'
        ? `Couldn't read ${url.pathname}. The browser may not let extensions read local files: open it with “Choose a PDF” instead.`
        : `Couldn't load the PDF from ${url.host}: the server could not be reached, or it does not let other pages read the file. Download it and open the file instead.`,
    );
  }
  if (!response.ok) {
    throw new ReaderError('fetch', `Couldn't load the PDF from ${url.host}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_PDF_BYTES) throw new ReaderError('too-large', tooLarge(length));
  const bytes = await response.arrayBuffer();
  if (!looksLikePdf(bytes)) {
    const type = response.headers.get('content-type')?.split(';')[0];
    throw new ReaderError('not-pdf', `That address did not return a PDF${type ? ` (it returned ${type})` : ''}.`);
  }
  return bytes;
}

export function tooLarge(bytes: number): string {
  return `This PDF is ${Math.round(bytes / 1024 / 1024)} MB; Termlight opens PDFs up to ${MAX_PDF_BYTES / 1024 / 1024} MB.`;
}

/** "%PDF-" within the first kilobyte, as PDF readers accept. */
export function looksLikePdf(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(1024, bytes.byteLength));
  const marker = [0x25, 0x50, 0x44, 0x46, 0x2d];
  outer: for (let i = 0; i + marker.length <= head.length; i++) {
    for (let j = 0; j < marker.length; j++) if (head[i + j] !== marker[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Opens a PDF's bytes with PDF.js. The password, when one is needed, is asked for through
 * `askPassword`; a wrong one asks again. Bad files become ReaderErrors with a plain message.
 */
export async function openPdf(bytes: ArrayBuffer, askPassword: AskPassword): Promise<PDFDocumentProxy> {
  if (bytes.byteLength === 0) throw new ReaderError('empty', 'This file is empty.');
  if (!looksLikePdf(bytes)) throw new ReaderError('not-pdf', 'This file is not a PDF.');
  const task = getDocument({
    data: new Uint8Array(bytes),
    // Nothing from the network: fonts and images come from the file itself.
    enableXfa: false,
    useWorkerFetch: false,
    stopAtErrors: false,
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
    if (cancelled) throw new ReaderError('corrupt', 'This PDF is protected by a password. Open it again to enter the password.');
    const name = (error as { name?: string } | null)?.name;
    if (name === 'InvalidPDFException') throw new ReaderError('corrupt', "This PDF is damaged or incomplete, so it can't be opened.");
    throw new ReaderError('corrupt', `This PDF couldn't be opened: ${(error as Error)?.message ?? 'unknown problem'}.`);
  }
}
