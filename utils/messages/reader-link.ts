/** The PDF reader's address for a PDF at `url` (no url: the reader with its file picker). */
export function readerPath(url?: string): `/reader.html${string}` {
  return url ? `/reader.html?url=${encodeURIComponent(url)}` : '/reader.html';
}

/** The link context-menu item "Open PDF in Termlight" (its title is the menuOpenPdf message). */
export const OPEN_PDF_MENU_ID = 'termlight-open-pdf';
/** Links whose path ends in .pdf (any case the menu API matches: both spellings listed). */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.PDF', '*://*/*.pdf?*', '*://*/*.PDF?*', '*://*/*.pdf#*', 'file:///*.pdf', 'file:///*.PDF'];

/** Whether an address looks like a PDF by its path (the popup's guess for the current tab). */
export function looksLikePdfUrl(address: string | undefined): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return ['http:', 'https:', 'file:'].includes(url.protocol) && /\.pdf$/i.test(url.pathname);
  } catch {
    return false;
  }
}
