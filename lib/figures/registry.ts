import { ContentError } from '../errors.ts';
import { messages, suggest } from '../messages.ts';
import type { FigureRow, FigureTable, Figures, Statement } from './model.ts';
import type { Unit } from './units.ts';
import { lazyLocation } from './yaml-file.ts';

/** A figure cited in prose: the statement chosen, with its unit and where it came from. */
export interface CitedFigure {
  id: string;
  table: FigureTable;
  label: string;
  unit: Unit;
  statement: Statement;
  /** The other statements of the same measure, newest first, to note beside it. */
  others: Statement[];
}

/** Looks up figures by id: `table.row`, `table.total`, or `table.row@2013` for a dated statement. */
export interface FigureRegistry {
  /** @throws ContentError naming the id when it is unknown or ambiguous. */
  cite(citation: string): CitedFigure;
  table(id: string): FigureTable;
  hasTable(id: string): boolean;
  ids(): string[];
}

/** Builds the lookup over checked figures. */
export function createRegistry(figures: Figures): FigureRegistry {
  const tables = new Map(figures.tables.map((table) => [table.id, table]));
  const rows = new Map<string, { table: FigureTable; row: FigureRow }>();
  for (const table of figures.tables) {
    for (const row of table.rows) rows.set(`${table.id}.${row.id}`, { table, row });
    if (table.total) rows.set(`${table.id}.total`, { table, row: totalRow(table) });
  }
  return {
    cite: (citation) => cite(rows, citation),
    table: (id) => {
      const table = tables.get(id);
      if (!table) throw new ContentError([{ file: '', message: messages.unknownTable(id, [...tables.keys()]) }]);
      return table;
    },
    hasTable: (id) => tables.has(id),
    ids: () => [...rows.keys()],
  };
}

/** The total row of a table, as a row, so it can be cited like any other. */
export function totalRow(table: FigureTable): FigureRow {
  const total = table.total as NonNullable<FigureTable['total']>;
  const statement: Statement = { value: total.value, source: table.source, date: table.source.date, period: table.period };
  return {
    id: 'total',
    label: total.label,
    unit: table.unit ?? 'count',
    statements: [statement],
    latest: statement,
    location: lazyLocation(() => table.rows[0]?.location ?? { file: table.file }),
  };
}

function cite(rows: ReadonlyMap<string, { table: FigureTable; row: FigureRow }>, citation: string): CitedFigure {
  const [id = '', selector] = citation.split('@');
  if (!id.includes('.')) throw new ContentError([{ file: '', message: messages.badFigureId(citation) }]);
  const found = rows.get(id);
  if (!found) throw new ContentError([{ file: '', message: messages.unknownFigure(id, suggest(id, rows.keys()), knownIds(rows, id)) }]);
  const { table, row } = found;
  const statement = selector === undefined ? row.latest : select(row, id, selector);
  const others = row.statements.filter((other) => other !== statement).reverse();
  return { id, table, label: row.label, unit: row.unit, statement, others };
}

/** What an unknown id could have been: its table's row ids, or, when the table is unknown too, the tables. */
function knownIds(rows: ReadonlyMap<string, unknown>, id: string): { table?: string; ids: string[] } {
  const table = id.slice(0, id.indexOf('.'));
  const inTable = [...rows.keys()].filter((key) => key.startsWith(`${table}.`)).map((key) => key.slice(table.length + 1));
  if (inTable.length > 0) return { table, ids: inTable };
  return { ids: [...new Set([...rows.keys()].map((key) => key.slice(0, key.indexOf('.'))))] };
}

function select(row: FigureRow, id: string, selector: string): Statement {
  const matches = row.statements.filter((s) => s.date.startsWith(selector) || s.source.id === selector);
  if (matches.length > 1) throw new ContentError([{ file: '', message: messages.ambiguousSelector(id, selector) }]);
  const [match] = matches;
  if (!match) throw new ContentError([{ file: '', message: messages.unknownStatement(id, selector, row.statements.map((s) => s.date)) }]);
  return match;
}
