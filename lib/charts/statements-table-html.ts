import { tableRegion } from '../html/table-region.ts';
import type { Statement } from '../figures/model.ts';
import { formatDate } from '../format/format-date.ts';
import { formatWithUnit } from '../format/format-with-unit.ts';
import { escapeHtml } from '../html/escape-html.ts';
import type { TableColumns } from '../figures/model.ts';
import type { ChartFigure, StatementsTable } from './chart-model.ts';
import { sourcesText } from './chart-titles.ts';

/**
 * The data of a chart definition as an accessible table, like figureTableHtml's: a caption
 * with the sources, one row a statement (so both sources' values are there), the measure as
 * the row header, numbers right-aligned with their unit and qualifier.
 * @returns HTML with no blank lines, so Markdown keeps it as one block.
 */
export function statementsTableHtml(table: StatementsTable): string {
  const id = `table-${table.id}`;
  const sources = escapeHtml(sourcesText(table.figures.flatMap((figure) => figure.statements.map((s) => s.source))));
  const caption = `<caption id="${id}-caption">${escapeHtml(table.title)}<span class="caption-source">${sources}</span></caption>`;
  const body = table.figures.flatMap((figure) => figure.statements.map((statement) => rowHtml(figure, statement))).join('');
  return tableRegion(`${id}-caption`, `<table class="figure-table" id="${id}">${caption}${headHtml(table.columns)}<tbody>${body}</tbody></table>`);
}

function headHtml(columns: TableColumns): string {
  return `<thead><tr><th scope="col">${escapeHtml(columns.labels)}</th><th scope="col" class="num">${escapeHtml(columns.values)}</th><th scope="col">Source</th><th scope="col">Notes</th></tr></thead>`;
}

function rowHtml(figure: ChartFigure, statement: Statement): string {
  const value = formatWithUnit(statement.value, figure.unit, statement.qualifier);
  const source = `${statement.source.title}, ${formatDate(statement.date)}`;
  const cells = [`<th scope="row">${escapeHtml(figure.rowLabel)}</th>`, `<td class="num">${escapeHtml(value)}</td>`, `<td>${escapeHtml(source)}</td>`, `<td>${escapeHtml(statement.note ?? '')}</td>`];
  return `<tr>${cells.join('')}</tr>`;
}
