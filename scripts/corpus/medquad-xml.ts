// What both MedQuAD scripts read from its XML files.

/** MedQuAD's XML escapes only the five predefined entities; this turns them back into text. */
export const decodeXmlEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
