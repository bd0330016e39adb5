import type { Problem } from '../errors.ts';
import { checkChartSpec } from './check-chart-spec.ts';
import { reportCharts } from './report-charts.ts';

/**
 * The charts' part of `npm run check`: every chart's YAML, every hand-written spec against the
 * Vega-Lite schema (unless unchanged since it last passed), and a lookup for `{% chart "id" %}`.
 * The charts are this build's (report-charts.ts), so the build does not find them again.
 * @param root the project root; its figures must have been read without problems.
 */
export function checkCharts(root: string): { problems: Problem[]; citationProblem(id: string): string | undefined } {
  const catalog = reportCharts(root);
  const specProblems = [...catalog.charts.values()].flatMap((chart) => checkChartSpec(chart, root));
  return { problems: [...catalog.problems, ...specProblems], citationProblem: catalog.citationProblem };
}
