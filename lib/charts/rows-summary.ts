import type { DataRow } from './parse-data-text.ts';
import type { EncodedField } from './encoded-fields.ts';
import { cellText } from './cell-text.ts';

/**
 * Says in words what a hand-written chart's own data hold: how many rows, and the rows with the
 * largest and smallest value of the first quantity it draws, named by the first category it
 * draws. Values are written as its data table writes them, so a reader can find them there.
 * @example "12 rows of data. The largest price is 98.2 (symbol GOOG); the smallest is 11.4 (symbol MSFT)."
 */
export function rowsSummary(rows: readonly DataRow[], columns: readonly string[], fields: readonly EncodedField[]): string {
  const count = `${rows.length} row${rows.length === 1 ? '' : 's'} of data.`;
  const quantity = pick(fields, columns, (type) => type === 'quantitative') ?? columns.find((column) => rows.some((row) => typeof row[column] === 'number'));
  const numbered = quantity ? rows.filter((row) => typeof row[quantity] === 'number') : [];
  if (!quantity || numbered.length === 0) return `${count} Its columns are ${columns.join(', ')}.`;
  const sorted = [...numbered].sort((a, b) => (b[quantity] as number) - (a[quantity] as number));
  const label = pick(fields, columns, (type) => type !== 'quantitative' && type !== 'temporal') ?? pick(fields, columns, () => true, quantity);
  const name = (row: DataRow): string => (label && label !== quantity ? ` (${label} ${cellText(row[label])})` : '');
  const [largest, smallest] = [sorted[0] as DataRow, sorted.at(-1) as DataRow];
  if (sorted.length === 1) return `${count} Its ${quantity} is ${cellText(largest[quantity])}${name(largest)}.`;
  return `${count} The largest ${quantity} is ${cellText(largest[quantity])}${name(largest)}; the smallest is ${cellText(smallest[quantity])}${name(smallest)}.`;
}

function pick(fields: readonly EncodedField[], columns: readonly string[], wanted: (type: string) => boolean, not?: string): string | undefined {
  return fields.find((field) => wanted(field.type) && columns.includes(field.field) && field.field !== not)?.field;
}
