/**
 * Bytes → text, refusing what is not a UTF-8 text file before anything tries to parse it.
 * Uses only TextDecoder, which the options page and Node both have.
 */
import { LIMITS } from '../limits';
import { errorAt, formatLimitSize, formatSize } from './issues';
import type { ImportIssue } from './types';

export type Decoded = { ok: true; text: string } | { ok: false; error: ImportIssue };

/**
 * The size check on its own, so the options page can refuse a huge file from `File.size`
 * before reading a single byte of it into memory.
 */
export function checkFileSize(fileName: string, byteLength: number, limit: number = LIMITS.importFileBytes): ImportIssue | null {
  if (byteLength <= limit) return null;
  return errorAt(
    fileName,
    {},
    `the file is ${formatSize(byteLength, limit)}, and the limit is ${formatLimitSize(limit)}. Split it into smaller files and import them one at a time.`,
  );
}

const NOT_TEXT = 'this is not a text file. Save your glossary as a CSV or JSON file and try again.';

export function decodeFile(fileName: string, bytes: Uint8Array, limit: number = LIMITS.importFileBytes): Decoded {
  // Size first: a 6 MB file is refused on its length, without decoding or scanning it.
  const tooBig = checkFileSize(fileName, bytes.byteLength, limit);
  if (tooBig) return { ok: false, error: tooBig };
  if (bytes.byteLength === 0) return { ok: false, error: emptyFile(fileName) };
  const kind = sniffBinary(bytes);
  if (kind) return { ok: false, error: errorAt(fileName, {}, kind) };
  let text: string;
  try {
    // The BOM Excel writes at the start of "CSV UTF-8" is dropped here (ignoreBOM is false).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = firstBadLine(bytes);
    return {
      ok: false,
      error: errorAt(
        fileName,
        line === null ? {} : { line, where: [`line ${line}`] },
        `${line === null ? 'the file has' : 'this line has'} characters that are not UTF-8 text. Save the file with the UTF-8 encoding (in Excel: Save As, then "CSV UTF-8") and try again.`,
      ),
    };
  }
  if (text.trim() === '') return { ok: false, error: emptyFile(fileName) };
  return { ok: true, text };
}

function emptyFile(fileName: string): ImportIssue {
  return errorAt(fileName, {}, 'the file is empty. Choose a file that holds your glossary entries.');
}

/**
 * NUL bytes never occur in UTF-8 text people write, but fill images, archives and UTF-16 files;
 * without this check a UTF-16 file would decode "successfully" into text full of NULs.
 */
function sniffBinary(bytes: Uint8Array): string | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return 'the file is saved as UTF-16 text. Save it again with the UTF-8 encoding (in Excel: Save As, then "CSV UTF-8") and try again.';
  }
  // Spreadsheets (.xlsx, .ods) are zip archives: the most likely "binary" file a user picks here.
  if (b0 === 0x50 && b1 === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'this is a spreadsheet or another packed file, not a text file. In your spreadsheet program, save it as "CSV UTF-8" and import that file.';
  }
  return bytes.indexOf(0) === -1 ? null : NOT_TEXT;
}

/**
 * Which line holds the first byte that is not UTF-8. Only runs after decoding has failed. A newline
 * byte (0x0A) never occurs inside a multi-byte UTF-8 character, so each line decodes on its own.
 */
function firstBadLine(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return null;
}
