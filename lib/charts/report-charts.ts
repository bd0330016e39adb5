import { ConfigError, ContentError } from '../errors.ts';
import type { Figures } from '../figures/model.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { chartCatalog, type ChartCatalog } from './chart-catalog.ts';
import type { Chart } from './chart-model.ts';

let current: { figures: Figures; catalog: ChartCatalog } | undefined;

/**
 * The charts of this build, found once and shared by the shortcode, the open data and the
 * sources list. Found again whenever the figures are read again (before every build).
 */
export function reportCharts(root: string = process.cwd()): ChartCatalog {
  const { figures, registry } = reportFigures(root);
  if (current?.figures !== figures) current = { figures, catalog: chartCatalog(root, figures, registry) };
  return current.catalog;
}

/**
 * One chart of this build, by id.
 * @throws ConfigError listing every problem in the charts' YAML, when there is any.
 * @throws ContentError (with no file: the caller knows the page) when no chart has the id.
 */
export function reportChart(id: string): Chart {
  const catalog = reportCharts();
  if (catalog.problems.length > 0) throw new ConfigError(catalog.problems);
  const problem = catalog.citationProblem(id);
  const chart = catalog.charts.get(id);
  if (problem || !chart) throw new ContentError([{ file: '', message: problem ?? `unknown chart "${id}"` }]);
  return chart;
}
