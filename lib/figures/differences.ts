/**
 * Measures whose figures differ: a row whose statements disagree, and rows that measure the
 * same thing another way (a row's `differs: with:`). Each must carry a note saying why, which
 * pages citing any of its figures show; a difference with no note stops the build at its line.
 */
import type { Problem } from '../errors.ts';
import { formatWithUnit } from '../format/format-with-unit.ts';
import { messages, suggest } from '../messages.ts';
import type { Differs, FigureRow, FigureTable, Statement } from './model.ts';
import { totalRow } from './registry.ts';

/** One figure of a difference: its id (`table.row`), table and row. */
export interface DifferingFigure {
  id: string;
  table: FigureTable;
  row: FigureRow;
}

/** A measure stated differently, with the editor's note saying why. */
export interface Difference {
  note: string;
  figures: DifferingFigure[];
}

/** Every figure by id, totals included, so `with:` can name any figure prose can cite. */
function figuresById(tables: readonly FigureTable[]): Map<string, DifferingFigure> {
  const byId = new Map<string, DifferingFigure>();
  for (const table of tables) {
    const rows = table.total ? [...table.rows, totalRow(table)] : table.rows;
    for (const row of rows) byId.set(`${table.id}.${row.id}`, { id: `${table.id}.${row.id}`, table, row });
  }
  return byId;
}

/** How a statement reads on the page, qualifier and unit included: what a reader compares. */
export function statementText(statement: Statement, row: FigureRow): string {
  return formatWithUnit(statement.value, row.unit, statement.qualifier);
}

/** The first statement that reads differently from the earliest, if any. */
function firstDiffering(row: FigureRow): Statement | undefined {
  const [first, ...rest] = row.statements;
  return first ? rest.find((statement) => statementText(statement, row) !== statementText(first, row)) : undefined;
}

/**
 * Finds every difference in the tables, and every problem: a `with:` naming no figure, or a
 * row whose statements differ with no note covering it (reported at the differing statement).
 */
export function findDifferences(tables: readonly FigureTable[]): { differences: Difference[]; problems: Problem[] } {
  const byId = figuresById(tables);
  const differences: Difference[] = [];
  const problems: Problem[] = [];
  const covered = new Set<FigureRow>();
  for (const figure of byId.values()) {
    const differs = figure.row.differs;
    if (!differs) continue;
    const others = resolveWith(differs, byId, problems);
    [figure, ...others].forEach((member) => covered.add(member.row));
    differences.push({ note: differs.note, figures: [figure, ...others] });
  }
  for (const { row } of byId.values()) {
    const differing = firstDiffering(row);
    if (differing && !covered.has(row)) problems.push({ ...(differing.location ?? row.location), message: messages.differsWithoutNote(row.label) });
  }
  return { differences, problems };
}

function resolveWith(differs: Differs, byId: ReadonlyMap<string, DifferingFigure>, problems: Problem[]): DifferingFigure[] {
  const found: DifferingFigure[] = [];
  for (const id of differs.with) {
    const figure = byId.get(id);
    if (figure) found.push(figure);
    else problems.push({ ...differs.location, message: messages.unknownDiffersFigure(id, suggest(id, byId.keys())) });
  }
  return found;
}
