/**
 * `npm run check`: everything the build checks, without writing the site, for use before a
 * commit; then hints about wording, which are suggestions and never fail the check.
 */
import { checkReport } from '../lib/check/check-report.ts';
import { reportHints } from '../lib/check/report-hints.ts';
import { placeholderWarnings } from '../lib/site/placeholder-settings.ts';
import { reportFailure } from '../lib/build/report-failure.ts';
import { ReportError, formatProblem } from '../lib/errors.ts';

try {
  const root = process.cwd();
  const problems = checkReport(root);
  if (problems.length > 0) throw new ReportError(problems);
  console.log('No problems found: the report is ready to build.');
  const hints = [...placeholderWarnings(root), ...reportHints(root)];
  if (hints.length > 0) console.log(`\nWarnings and hints about wording (they do not stop a build):\n${hints.map(formatProblem).join('\n')}`);
} catch (error) {
  process.exitCode = reportFailure(error, 'check');
}
