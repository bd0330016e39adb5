import type { FigureRow, FigureTable, Source, Statement } from '../figures/model.ts';
import { formatDate } from '../format/format-date.ts';
import { formatInterval } from '../format/format-figure.ts';
import { formatWithUnit } from '../format/format-with-unit.ts';
import { escapeHtml } from './escape-html.ts';
import { tableRegion } from './table-region.ts';

/** Which optional columns a table needs: only those some row has something for. */
interface Columns {
  period: boolean;
  source: boolean;
  notes: boolean;
}

/**
 * Renders a figure table as an accessible HTML table: a caption with source and unit,
 * row headers with scope, numbers right-aligned, the total in a footer row, and a
 * note for each measure that another source stated differently.
 * @returns HTML with no blank lines, so Markdown keeps it as one block.
 */
export function figureTableHtml(table: FigureTable): string {
  const columns = columnsFor(table);
  const caption = `<caption id="table-${table.id}-caption">${captionText(table)}</caption>`;
  const body = table.rows.map((row) => rowHtml(table, row, columns)).join('');
  const foot = table.total ? totalHtml(table, columns) : '';
  return tableRegion(`table-${table.id}-caption`, `<table class="figure-table" id="table-${table.id}">${caption}${headHtml(table, columns)}<tbody>${body}</tbody>${foot}</table>`);
}

function columnsFor(table: FigureTable): Columns {
  const rows = table.rows;
  return {
    period: rows.some((row) => row.latest.period && row.latest.period !== table.period),
    source: rows.some((row) => row.statements.some((s) => s.source.id !== table.source.id)),
    notes: rows.some((row) => row.latest.note || row.statements.length > 1),
  };
}

function captionText(table: FigureTable): string {
  const period = table.period ? `, ${escapeHtml(table.period)}` : '';
  const unit = table.unit ? ` (${escapeHtml(table.unit)})` : '';
  const sources = tableSources(table).map((source) => `${escapeHtml(source.title)}, ${escapeHtml(formatDate(source.date))}`);
  const label = sources.length > 1 ? 'Sources' : 'Source';
  return `${escapeHtml(table.title)}${period}${unit}<span class="caption-source">${label}: ${sources.join('; ')}</span>`;
}

/** Every document the table's statements come from, the table's own first: a table mixing two says so. */
function tableSources(table: FigureTable): Source[] {
  const byId = new Map<string, Source>([[table.source.id, table.source]]);
  for (const row of table.rows) for (const statement of row.statements) byId.set(statement.source.id, statement.source);
  return [...byId.values()];
}

function headHtml(table: FigureTable, columns: Columns): string {
  const headers = [escapeHtml(table.columns.labels), escapeHtml(table.columns.values), columns.period && 'Applies to', columns.source && 'Source', columns.notes && 'Notes'];
  const cells = headers.filter(Boolean).map((text, index) => `<th scope="col"${index === 1 ? ' class="num"' : ''}>${text}</th>`);
  return `<thead><tr>${cells.join('')}</tr></thead>`;
}

function rowHtml(table: FigureTable, row: FigureRow, columns: Columns): string {
  const { latest } = row;
  const value = table.unit ? formatInterval(latest.value, row.unit, latest.qualifier) : formatWithUnit(latest.value, row.unit, latest.qualifier);
  const cells = [`<th scope="row" id="fig-${table.id}-${row.id}">${escapeHtml(row.label)}</th>`, `<td class="num">${escapeHtml(value)}</td>`];
  if (columns.period) cells.push(`<td>${escapeHtml(latest.period ?? '')}</td>`);
  if (columns.source) cells.push(`<td>${sourceText(latest)}</td>`);
  if (columns.notes) cells.push(`<td>${notesHtml(row)}</td>`);
  return `<tr>${cells.join('')}</tr>`;
}

function sourceText(statement: Statement): string {
  return `${escapeHtml(statement.source.title)}, ${escapeHtml(formatDate(statement.date))}`;
}

/** The row's note and, when sources disagree or restate it, each earlier statement with its source. */
function notesHtml(row: FigureRow): string {
  const notes = row.latest.note ? [escapeHtml(row.latest.note)] : [];
  const latestText = formatWithUnit(row.latest.value, row.unit, row.latest.qualifier);
  for (const earlier of row.statements.slice(0, -1).reverse()) {
    const value = formatWithUnit(earlier.value, row.unit, earlier.qualifier);
    notes.push(value === latestText ? `Also stated in ${sourceText(earlier)}.` : `Earlier stated as ${escapeHtml(value)} (${sourceText(earlier)}).`);
  }
  return notes.join(' ');
}

function totalHtml(table: FigureTable, columns: Columns): string {
  const total = table.total as NonNullable<FigureTable['total']>;
  const value = formatInterval(total.value, table.unit ?? 'count');
  const blanks = [columns.period, columns.source, columns.notes].filter(Boolean).map(() => '<td></td>').join('');
  return `<tfoot><tr><th scope="row" id="fig-${table.id}-total">${escapeHtml(total.label)}</th><td class="num">${escapeHtml(value)}</td>${blanks}</tr></tfoot>`;
}
