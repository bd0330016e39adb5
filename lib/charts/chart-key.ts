import type { Statement } from '../figures/model.ts';
import type { Chart } from './chart-model.ts';

/** Every statement a chart draws: its table's rows', or each statement its definition names (none for a hand-written spec's own rows). */
function drawnStatements(chart: Chart): Statement[] {
  if ('kind' in chart.table) return [];
  return 'figures' in chart.table ? chart.table.figures.flatMap((figure) => figure.statements) : chart.table.rows.map((row) => row.latest);
}

/**
 * A key for a chart that draws ranges: the solid bar up to the lowest value, the light,
 * outlined part from there to the highest. The swatches are drawn by charts.css, the words say it all.
 * @returns HTML, or '' for a chart without ranges.
 */
export function chartKeyHtml(chart: Chart): string {
  if (!drawnStatements(chart).some((statement) => statement.value.min !== statement.value.max)) return '';
  const item = (kind: string, text: string): string => `<li><span class="chart-key-swatch chart-key-${kind}" aria-hidden="true"></span>${text}</li>`;
  return `<ul class="chart-key">${item('solid', 'Solid bar: up to the lowest value')}${item('range', 'Light bar with a dark outline: from the lowest to the highest value')}</ul>`;
}

/**
 * How a table's chart orders its bars, when that differs from how its table lists them.
 * @returns a sentence, or '' when the bars keep the table's order or the spec is hand-written.
 */
export function chartOrderText(chart: Chart): string {
  if ('figures' in chart.table || 'kind' in chart.table || chart.specYaml) return '';
  const sort = chart.table.chart?.sort;
  if (sort === 'descending') return 'Bars are sorted from largest to smallest; the table lists the rows in the order of the source.';
  if (sort === 'ascending') return 'Bars are sorted from smallest to largest; the table lists the rows in the order of the source.';
  return '';
}
