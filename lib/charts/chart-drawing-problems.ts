import { findReportError, formatProblem, isReportError, type Problem } from '../errors.ts';
import type { ChartCatalog } from './chart-catalog.ts';
import { chartSvg } from './chart-svg.ts';
import { reportCharts } from './report-charts.ts';

/**
 * Draws every chart of the report as the build does (through the same cache, so a chart drawn
 * before is not drawn again) and collects every problem, rather than stopping at the first:
 * `npm run check` uses it so it never passes a chart the build refuses, and the build when a
 * chart fails, to report all of them in one run.
 * @param root the project root.
 * @returns every chart's problems; empty when the figures themselves cannot be read (their own problems say so).
 */
export async function chartDrawingProblems(root: string): Promise<Problem[]> {
  const catalog = chartsOf(root);
  if (!catalog) return [];
  const problems: Problem[] = [];
  for (const chart of catalog.charts.values()) {
    try {
      await chartSvg(chart, root);
    } catch (error) {
      const ours = findReportError(error);
      if (!ours) throw error;
      problems.push(...ours.problems);
    }
  }
  return problems;
}

function chartsOf(root: string): ChartCatalog | undefined {
  try {
    return reportCharts(root);
  } catch (error) {
    if (isReportError(error)) return undefined;
    throw error;
  }
}

/** Problems with the same place and message, reported once, in the order first found. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  return [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
}
