/**
 * `npm run check`: everything the build checks, without writing the site, for use before a
 * commit; then hints about wording, which are suggestions and never fail the check.
 */
import { chartDrawingProblems, uniqueProblems } from '../lib/charts/chart-drawing-problems.ts';
import { chartWarnings, chartWarningsText } from '../lib/charts/chart-warnings.ts';
import { checkReport } from '../lib/check/check-report.ts';
import { reportHints } from '../lib/check/report-hints.ts';
import { placeholderWarnings } from '../lib/site/placeholder-settings.ts';
import { reportFailure } from '../lib/build/report-failure.ts';
import { ReportError, formatProblem } from '../lib/errors.ts';

try {
  const root = process.cwd();
  // The checks, then every chart drawn as the build would draw it (vega's own errors included).
  const problems = uniqueProblems([...checkReport(root), ...(await chartDrawingProblems(root))]);
  if (problems.length > 0) throw new ReportError(problems);
  console.log('No problems found: the report is ready to build.');
  const warnings = chartWarningsText(chartWarnings(root));
  if (warnings) console.log(`\n${warnings}`);
  const hints = [...placeholderWarnings(root), ...reportHints(root)];
  if (hints.length > 0) console.log(`\nWarnings and hints about wording (they do not stop a build):\n${hints.map(formatProblem).join('\n')}`);
} catch (error) {
  process.exitCode = reportFailure(error, 'check');
}
