import { escapeHtml } from '../html/escape-html.ts';
import { tableRegion } from '../html/table-region.ts';
import { cellText } from './cell-text.ts';
import type { RowsTable } from './chart-model.ts';

/**
 * A hand-written chart's own data as an accessible table: a caption, a heading a column, one
 * row a data row, numbers right-aligned. Every value from the data is escaped.
 * @returns HTML with no blank lines, so Markdown keeps it as one block.
 */
export function rowsTableHtml(table: RowsTable): string {
  const id = `table-${table.id}`;
  const numeric = new Set(table.columns.filter((column) => table.rows.some((row) => typeof row[column] === 'number')));
  const cls = (column: string): string => (numeric.has(column) ? ' class="num"' : '');
  const head = `<thead><tr>${table.columns.map((column) => `<th scope="col"${cls(column)}>${escapeHtml(column)}</th>`).join('')}</tr></thead>`;
  const body = table.rows.map((row) => `<tr>${table.columns.map((column) => `<td${cls(column)}>${escapeHtml(cellText(row[column]))}</td>`).join('')}</tr>`).join('');
  const caption = `<caption id="${id}-caption">${escapeHtml(table.title)}</caption>`;
  return tableRegion(`${id}-caption`, `<table class="figure-table" id="${id}">${caption}${head}<tbody>${body}</tbody></table>`);
}
