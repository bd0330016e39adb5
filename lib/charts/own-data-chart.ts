import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import type { Chart } from './chart-model.ts';
import { cellText } from './cell-text.ts';
import { encodedFields } from './encoded-fields.ts';
import type { DataRow } from './parse-data-text.ts';
import { rowsSummary } from './rows-summary.ts';
import { specDataRows } from './spec-data-rows.ts';
import { specWords } from './spec-words.ts';

/** Rows looked at for a table's columns: data files can be long, and their columns are in the first rows. */
const COLUMN_SAMPLE = 1000;

/**
 * A hand-written chart made to describe what it draws: when it draws data of its own (inline, a
 * data file read in by local-chart-data.ts, a named dataset, a sequence), its summary, data
 * table and CSV from those rows rather than from the figures it names, its subtitle from the
 * spec's `description`, and its headline from the spec's `title` unless the editor wrote one.
 * @returns the chart, or the problem that it has no rows to show, at its `data:` line.
 */
export function ownDataChart(chart: Chart): { chart?: Chart; problems: Problem[] } {
  const written = chart.specYaml?.data as Record<string, unknown> | undefined;
  if (!written || !chart.specYaml) return { chart, problems: [] };
  // A spec charting the figures it names keeps the editor's own headline and sentence.
  if (specDataRows(written) === undefined) return { chart, problems: [] };
  // A definition's headline is already its `title:` or else the spec's (load-chart-definition.ts);
  // a table's chart drawing rows of its own takes the spec's title over the table's.
  const worded = 'figures' in chart.table ? chart : { ...chart, title: specWords(written).title ?? chart.title };
  const rows = specDataRows(chart.spec as unknown as Record<string, unknown>) ?? [];
  if (rows.length === 0) return { problems: [{ ...chart.specYaml.locate(dataPath(written)), message: messages.chartNoRows() }] };
  return { chart: withRows(worded, rows, written), problems: [] };
}

function withRows(chart: Chart, drawn: DataRow[], written: Record<string, unknown>): Chart {
  // Lists and objects in a row (before a flatten, say) are published as their JSON text.
  const rows = drawn.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plainValue(value)])));
  const columns = [...new Set(rows.slice(0, COLUMN_SAMPLE).flatMap((row) => Object.keys(row)))];
  // A table's own CSV keeps the table's name; the rows this chart draws are published beside it.
  const id = 'figures' in chart.table ? chart.id : `${chart.id}-chart`;
  return {
    ...chart,
    subtitle: specWords(written).description ?? messages.chartOwnDataSubtitle(),
    summary: rowsSummary(rows, columns, encodedFields(written)),
    table: { kind: 'rows', id, title: chart.title, columns, rows },
    dataset: { id, title: chart.title, description: specWords(written).description, columns, rows },
  };
}

/** Where the spec names its data: the top level's `data:`, else the spec itself. */
function dataPath(written: Record<string, unknown>): Array<string> {
  return written.data ? ['data'] : [];
}

function plainValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? cellText(value) : (value as string | number | boolean);
}
