/**
 * `npm run check`: everything the build checks, without writing the site. Use before a commit.
 */
import { checkReport } from '../lib/check/check-report.ts';
import { reportFailure } from '../lib/build/report-failure.ts';
import { ReportError } from '../lib/errors.ts';

try {
  const problems = checkReport(process.cwd());
  if (problems.length > 0) throw new ReportError(problems);
  console.log('No problems found: the report is ready to build.');
} catch (error) {
  process.exitCode = reportFailure(error, 'check');
}
