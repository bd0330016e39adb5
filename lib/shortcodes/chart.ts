import { existsSync } from 'node:fs';
import { chartHtml } from '../charts/chart-html.ts';
import { chartSvg } from '../charts/chart-svg.ts';
import { reportChart } from '../charts/report-charts.ts';
import { pageCitations } from '../content/page-citations.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { datasetCsvBytes } from '../open-data/dataset-files.ts';
import { openDataPath } from '../open-data/open-data-files.ts';
import { atCallSite, type ShortcodeContext } from './context.ts';

/** How many times each chart is on each page so far, a map a build (a build reads the figures afresh). */
const placed = new WeakMap<object, Map<string, number>>();

/**
 * `{% chart "savings" %}`: a chart as an accessible figure with inline SVG, drawn at build
 * time (or taken from the cache), its data as a table and as a CSV to download.
 * Async: Eleventy registers an `async function` shortcode as an async one.
 * @param id a figure table with a `chart:` field, or a file in _data/charts/, without .yaml.
 */
export async function chart(this: ShortcodeContext, id: string): Promise<string> {
  const found = atCallSite(this, `"${id}"`, () => reportChart(id));
  const svg = await chartSvg(found);
  // Root-relative, like every link here: Eleventy's base plugin adds a --pathprefix.
  const csvHref = `/${openDataPath(found.dataset.id, 'csv')}`;
  // A hand-written spec draws its own rows, not the figure table's: its own table is shown.
  const tableOnPage = 'figures' in found.table || 'kind' in found.table ? undefined : citesTable(this.page.inputPath, found.table.id);
  return chartHtml(found, svg, { prefix: uniquePrefix(this.page.url, id), csvHref, csvBytes: datasetCsvBytes(found.dataset), tableOnPage });
}

/** The id of a figure table's element when the page's source shows it (`{% figureTable "id" %}`), so its chart need not repeat it. */
function citesTable(inputPath: string, tableId: string): string | undefined {
  if (!existsSync(inputPath)) return undefined;
  const cited = pageCitations(inputPath).some((citation) => citation.kind === 'figureTable' && citation.id === tableId);
  return cited ? `table-${tableId}` : undefined;
}

/** `chart-<id>`, then `chart-<id>-2` if the same chart is on the page again. */
function uniquePrefix(pageUrl: string, id: string): string {
  const { figures } = reportFigures();
  const counts = placed.get(figures) ?? new Map<string, number>();
  placed.set(figures, counts);
  const count = (counts.get(`${pageUrl} ${id}`) ?? 0) + 1;
  counts.set(`${pageUrl} ${id}`, count);
  const base = `chart-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return count === 1 ? base : `${base}-${count}`;
}

