import { reportCharts } from '../charts/report-charts.ts';
import type { Citation } from '../content/find-citations.ts';
import { pageCitations } from '../content/page-citations.ts';
import { findDifferences, type Difference } from '../figures/differences.ts';
import type { Figures } from '../figures/model.ts';
import { reportFigures } from '../figures/report-figures.ts';

/** The differences of each build's figures, found once (the checks found them valid). */
const found = new WeakMap<Figures, Difference[]>();

function reportDifferences(): Difference[] {
  const { figures } = reportFigures();
  let differences = found.get(figures);
  if (!differences) {
    differences = findDifferences(figures.tables).differences;
    found.set(figures, differences);
  }
  return differences;
}

/** Every figure id (`table.row`) a page shows: cited alone, in a table, or in a chart. */
function figuresShown(citations: readonly Citation[]): Set<string> {
  const { registry } = reportFigures();
  const ids = new Set<string>();
  const addTable = (id: string): void => {
    if (!registry.hasTable(id)) return;
    const table = registry.table(id);
    table.rows.forEach((row) => ids.add(`${id}.${row.id}`));
    if (table.total) ids.add(`${id}.total`);
  };
  for (const citation of citations) {
    if (citation.kind === 'figure') ids.add(citation.id.split('@')[0] ?? '');
    else if (citation.kind === 'figureTable') addTable(citation.id);
    else chartFigureIds(citation.id).forEach((id) => (id.includes('.') ? ids.add(id) : addTable(id)));
  }
  return ids;
}

/** A chart's figure ids, or its table's id when it charts a whole table. */
function chartFigureIds(id: string): string[] {
  const chart = reportCharts().charts.get(id);
  if (!chart) return [];
  return 'figures' in chart.table ? chart.table.figures.map((figure) => figure.id) : [chart.table.id];
}

/** Each page's differences, by its file, found once a build: the page and its print edition both show them. */
const byPage = new WeakMap<Figures, Map<string, Difference[]>>();

/**
 * The differences a page must explain: each with a figure the page shows.
 * @param inputPath the page's Markdown file.
 */
export function pageDifferences(inputPath: string): readonly Difference[] {
  const { figures } = reportFigures();
  const known = byPage.get(figures) ?? new Map<string, Difference[]>();
  byPage.set(figures, known);
  let differences = known.get(inputPath);
  if (!differences) {
    const shown = figuresShown(pageCitations(inputPath));
    differences = reportDifferences().filter((difference) => difference.figures.some((figure) => shown.has(figure.id)));
    known.set(inputPath, differences);
  }
  return differences;
}
