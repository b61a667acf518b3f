/**
 * Where a PDF's bytes come from, and the problems the reader explains in plain words. No PDF.js
 * here: this loads with the reader's page, and PDF.js (pdf-open.ts) loads beside it.
 */
import { t } from '../../utils/ui/i18n';

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

/** The only network request the reader makes: the user's own PDF, by the address they gave. */
export async function fetchPdf(address: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ReaderError('bad-url', t('readerErrorNotAddress', address.slice(0, 200)));
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    throw new ReaderError('bad-url', t('readerErrorScheme', url.protocol.replace(':', '')));
  }
  let response: Response;
  try {
    // No cookies are sent to other sites; the PDF's own server sees the request and nothing else.
    response = await fetch(url, { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal });
  } catch {
    throw new ReaderError(
      'fetch',
      url.protocol === 'file:'
        ? t('readerErrorLocalFile', url.pathname)
        : t('readerErrorUnreachable', url.host),
    );
  }
  if (!response.ok) {
    throw new ReaderError('fetch', t('readerErrorServerStatus', url.host, `${response.status} ${response.statusText}`.trim()));
  }
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_PDF_BYTES) throw new ReaderError('too-large', tooLarge(length));
  const bytes = await response.arrayBuffer();
  if (!looksLikePdf(bytes)) {
    const type = response.headers.get('content-type')?.split(';')[0];
    throw new ReaderError('not-pdf', type ? t('readerErrorNotPdfAddressType', type) : t('readerErrorNotPdfAddress'));
  }
  return bytes;
}

export function tooLarge(bytes: number): string {
  return t('readerErrorTooLarge', Math.round(bytes / 1024 / 1024), MAX_PDF_BYTES / 1024 / 1024);
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
