import type { FigureRow, FigureTable } from '../figures/model.ts';
import { barDatum } from './bar-datum.ts';
import type { ChartDatum, ChartSort } from './chart-model.ts';

/**
 * The bars of a table's chart: one a row, its latest statement, in the order asked for.
 * Ranges sort by their top, then their bottom.
 */
export function tableBars(table: FigureTable, sort: ChartSort = 'none'): ChartDatum[] {
  return sortRows(table.rows, sort).map((row) => barDatum(row.id, row.label, row.latest, row.unit));
}

/** The rows in chart order: `none` keeps the table's order. */
export function sortRows(rows: readonly FigureRow[], sort: ChartSort): FigureRow[] {
  if (sort === 'none') return [...rows];
  const direction = sort === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => direction * (a.latest.value.max - b.latest.value.max || a.latest.value.min - b.latest.value.min));
}
