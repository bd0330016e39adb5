import type { Statement } from '../figures/model.ts';
import { formatDate } from '../format/format-date.ts';
import type { ChartFigure } from './chart-model.ts';

/** The statements one source made on one date about the figures of a chart. */
export interface StatementGroup {
  key: string;
  /** The source and date, like "Community budgets, 10 August 2017". */
  heading: string;
  date: string;
  /** One entry a figure the source states, in the definition's order. */
  entries: Array<{ figure: ChartFigure; statement: Statement }>;
}

/**
 * Groups a chart's statements by who said them and when, oldest first, so that a chart can
 * show both sources' baselines side by side rather than only the latest.
 */
export function statementGroups(figures: readonly ChartFigure[]): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  for (const figure of figures) {
    for (const statement of figure.statements) {
      const key = `${statement.source.id}@${statement.date}`;
      const heading = `${statement.source.title}, ${formatDate(statement.date)}`;
      const group = groups.get(key) ?? { key, heading, date: statement.date, entries: [] };
      group.entries.push({ figure, statement });
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.date.localeCompare(b.date));
}
