import type { Problem } from '../errors.ts';
import type { Figures } from '../figures/model.ts';
import type { FigureRegistry } from '../figures/registry.ts';
import { chartCatalog } from './chart-catalog.ts';
import { checkChartSpec } from './check-chart-spec.ts';

/**
 * The charts' part of `npm run check`: every chart's YAML, every spec against the Vega-Lite
 * schema (unless unchanged since it last passed), and a lookup for `{% chart "id" %}`.
 * @param root the project root.
 */
export function checkCharts(root: string, figures: Figures, registry: FigureRegistry): { problems: Problem[]; citationProblem(id: string): string | undefined } {
  const catalog = chartCatalog(root, figures, registry);
  const specProblems = [...catalog.charts.values()].flatMap((chart) => checkChartSpec(chart, root));
  return { problems: [...catalog.problems, ...specProblems], citationProblem: catalog.citationProblem };
}
