import type { CsvValue } from './csv.ts';
import { bounds, isSingle } from '../figures/interval.ts';
import type { FigureTable, Statement } from '../figures/model.ts';
import type { Unit } from '../figures/units.ts';

/** The columns of every open-data file, in order. */
export const COLUMNS = ['id', 'label', 'unit', 'value', 'min', 'max', 'approximate', 'qualifier', 'period', 'source', 'date', 'note'] as const;

/**
 * One statement of one figure, as open data. `value` is set for a single number; `min` and
 * `max` for a range. `source` is the document's title; `date` when the source says it.
 */
export interface OpenDataRow {
  /** The figure id, as pages cite it: `table.row`. */
  id: string;
  label: string;
  unit: Unit;
  value: number | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  qualifier: string | null;
  period: string | null;
  source: string;
  date: string;
  note: string | null;
}

/** A measure to publish: its figure id, label, unit and every statement of it. */
export interface OpenDataFigure {
  id: string;
  label: string;
  unit: Unit;
  statements: readonly Statement[];
}

/** A set of figures published together as data/<id>.csv and data/<id>.json. */
export interface FiguresDataset {
  id: string;
  title: string;
  description?: string;
  rows: OpenDataRow[];
}

/** The rows a hand-written chart draws from data of its own, published with the columns they have. */
export interface DrawnDataset {
  id: string;
  title: string;
  description?: string;
  columns: readonly string[];
  rows: ReadonlyArray<Readonly<Record<string, CsvValue>>>;
}

/** Data published as data/<id>.csv and data/<id>.json: figures, or the rows a chart draws. */
export type Dataset = FiguresDataset | DrawnDataset;

/** The rows of a set of figures: one a statement, oldest first within each figure. */
export function openDataRows(figures: readonly OpenDataFigure[]): OpenDataRow[] {
  return figures.flatMap((figure) => figure.statements.map((statement) => openDataRow(figure, statement)));
}

function openDataRow(figure: OpenDataFigure, statement: Statement): OpenDataRow {
  const { min, max } = bounds(statement.value);
  const single = isSingle(statement.value);
  return {
    id: figure.id,
    label: figure.label,
    unit: figure.unit,
    value: single ? min : null,
    min: single ? null : min,
    max: single ? null : max,
    approximate: statement.value.approximate,
    qualifier: statement.qualifier ?? null,
    period: statement.period ?? null,
    source: statement.source.title,
    date: statement.date,
    note: statement.note ?? null,
  };
}

/** A figure table as a dataset: every row, with figure ids `table.row`. */
export function tableDataset(table: FigureTable): FiguresDataset {
  const figures = table.rows.map((row) => ({ ...row, id: `${table.id}.${row.id}` }));
  return { id: table.id, title: table.title, description: table.description, rows: openDataRows(figures) };
}
