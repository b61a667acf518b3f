/**
 * How values sit inside CSV cells, shared by the reader and the writer so that an exported file
 * always reads back exactly as it was written.
 *
 * Lists (aliases, forms, related, context) are one cell with items separated by ";". An item
 * that itself holds ";" is written "\;", and a backslash before ";" or "\" is written "\\"; any
 * other backslash is just a backslash, so people typing CSVs by hand rarely meet this rule.
 *
 * A cell starting with =, +, -, @ or ' is written with a leading ' so a spreadsheet opening the
 * export shows text instead of running a formula someone hid in a shared glossary; the reader
 * drops that one apostrophe again.
 */
const LIST_SEPARATOR = ';';

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

export function readCell(raw: string): string {
  return raw.length > 1 && raw[0] === "'" && FORMULA_START.has(raw[1]!) ? raw.slice(1) : raw;
}

export function writeCell(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]!) ? `'${text}` : text;
}

export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    const next = cell[i + 1];
    if (ch === '\\' && (next === LIST_SEPARATOR || next === '\\')) {
      current += next;
      i++;
    } else if (ch === LIST_SEPARATOR) {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(`${LIST_SEPARATOR} `);
}
