import { escapeHtml } from '../html/escape-html.ts';
import { figureTableHtml } from '../html/figure-table-html.ts';
import { formatFileSize } from '../open-data/format-file-size.ts';
import { accessibleSvg } from './accessible-svg.ts';
import { chartKeyHtml, chartOrderText } from './chart-key.ts';
import type { Chart } from './chart-model.ts';
import { rowsTableHtml } from './rows-table-html.ts';
import { statementsTableHtml } from './statements-table-html.ts';
import { prefixIds } from '../html/prefix-ids.ts';

/** Where this copy of the chart sits on its page, and where its data can be downloaded. */
export interface ChartPlacement {
  /** The figure's id, unique on the page, like "chart-savings"; every id inside starts with it. */
  prefix: string;
  /** The CSV's address, relative to the page. */
  csvHref: string;
  /** The CSV's size in bytes, as written. */
  csvBytes: number;
  /** The id of the chart's table when the page shows it already: the chart points there instead of repeating it. */
  tableOnPage?: string;
}

/**
 * A chart as an accessible figure: a headline and a statistical subtitle saying how the bars are
 * ordered, a key for ranges, the SVG (labelled by the headline and a text summary), the summary,
 * the data as a table in a `<details>` (or a link to the table the page shows already), and a
 * link to download the data. Every string from YAML is escaped.
 * @param svg vega's SVG for the chart.
 * @returns HTML with no blank lines, so Markdown keeps it as one HTML block.
 */
export function chartHtml(chart: Chart, svg: string, placement: ChartPlacement): string {
  const { prefix } = placement;
  const ids = { title: `${prefix}-title`, subtitle: `${prefix}-subtitle`, summary: `${prefix}-summary` };
  const order = chartOrderText(chart);
  const lines = [
    `<figure class="chart" id="${prefix}">`,
    `<figcaption class="chart-caption"><p class="chart-title" id="${ids.title}">${escapeHtml(chart.title)}</p><p class="chart-subtitle" id="${ids.subtitle}">${escapeHtml(chart.subtitle)}${order ? ` ${escapeHtml(order)}` : ''}</p>${chartKeyHtml(chart)}</figcaption>`,
    accessibleSvg(prefixIds(svg, prefix), [ids.title, ids.summary]),
    `<p class="chart-summary" id="${ids.summary}">${escapeHtml(chart.summary)}</p>`,
    dataHtml(chart, placement),
    downloadHtml(chart, placement),
    '</figure>',
  ];
  // A blank line would end Markdown's HTML block; text from YAML may hold one.
  return lines.join('\n').replace(/\n[ \t]*(?=\n)/g, '');
}

/** The chart's data as a table to unfold, or, when the page shows that table already, a link to it. */
function dataHtml(chart: Chart, { prefix, tableOnPage }: ChartPlacement): string {
  if (tableOnPage) return `<p class="chart-data-link">The figures are in the table <a href="#${escapeHtml(tableOnPage)}">“${escapeHtml(chart.table.title)}”</a> on this page.</p>`;
  return `<details class="chart-data"><summary>Show the data as a table</summary>${nameRegion(prefixIds(tableHtml(chart.table), prefix), chart.title)}</details>`;
}

/** The statements a definition names, the rows a hand-written spec draws, or the figure table. */
function tableHtml(table: Chart['table']): string {
  if ('figures' in table) return statementsTableHtml(table);
  return 'kind' in table ? rowsTableHtml(table) : figureTableHtml(table);
}

/**
 * Names the table's scrolling region after the chart: the same table may also be on the page
 * on its own ({% figureTable %}), and two regions must not share a name.
 */
function nameRegion(tableHtml: string, title: string): string {
  // A function, not a replacement string: "$1" or "$&" in a title must stay text, not a pattern.
  const label = `aria-label="Data for the chart “${escapeHtml(title)}”"`;
  return tableHtml.replace(/(<section class="table-wrap") aria-labelledby="[^"]*"/, (_match, start: string) => `${start} ${label}`);
}

function downloadHtml(chart: Chart, placement: ChartPlacement): string {
  const context = `<span class="visually-hidden"> of the chart “${escapeHtml(chart.title)}”</span>`;
  const size = formatFileSize(placement.csvBytes);
  return `<p class="chart-download"><a href="${escapeHtml(placement.csvHref)}" download>Download the data${context} (CSV, ${size})</a></p>`;
}
