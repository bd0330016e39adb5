/** A CSV cell's value before it is written: text, a number, a yes/no, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/** Byte order mark: tells spreadsheet programs the file is UTF-8, so "£" is not garbled. */
export const BOM = '\uFEFF';

/** Characters a spreadsheet reads as the start of a formula when a cell begins with them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes one CSV cell (RFC 4180). Text that a spreadsheet would run as a formula
 * (starting = + - @, tab or return) gets a leading apostrophe; numbers are written as they are.
 * @example csvCell('Adults, "older"') // "\"Adults, \"\"older\"\"\""
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes a CSV file: a header row, then one line a record, CRLF line ends, UTF-8 with a BOM.
 * @param columns the header, in order; each record is read by these names.
 */
export function toCsv<Column extends string>(columns: readonly Column[], records: ReadonlyArray<Readonly<Record<Column, CsvValue>>>): string {
  const lines = [columns.map(csvCell), ...records.map((record) => columns.map((column) => csvCell(record[column])))];
  return `${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
