import { formatProblem, type Problem } from '../errors.ts';
import { reportCharts } from './report-charts.ts';
import { specWarnings } from './spec-warnings.ts';

/**
 * What every hand-written chart of the report loses by being drawn at build time (spec-warnings.ts),
 * for `npm run build` and `npm run check` to print: the build goes on.
 * @param root the project root; its figures must have been read without problems.
 */
export function chartWarnings(root: string): Problem[] {
  return [...reportCharts(root).charts.values()].flatMap(specWarnings);
}

/** The warnings as printed, under a heading that says the report is still built; empty when there are none. */
export function chartWarningsText(warnings: readonly Problem[]): string {
  if (warnings.length === 0) return '';
  return `Warnings about charts (they are drawn; nothing stops the build):\n${warnings.map((warning) => `${formatProblem(warning)}`).join('\n')}`;
}
