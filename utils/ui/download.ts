/** Saves text as a file through the browser's download flow (extension pages only). */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a glossary name: letters, digits and hyphens only. */
export function safeFileName(name: string, extension: string): string {
  const base = name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'glossary';
  return `${base.slice(0, 60)}.${extension}`;
}
