import { ReportError } from '../errors.ts';
import { checkReport } from '../check/check-report.ts';

/**
 * Eleventy `eleventy.before` handler for `npm start`: runs every check before a rebuild writes
 * anything, so a broken edit leaves the preview showing the last good build. One-off builds
 * check in buildSite instead, before Eleventy starts.
 */
export function checkBeforeBuild(event: { runMode?: string }): void {
  if (event.runMode === 'build') return;
  const problems = checkReport(process.cwd());
  if (problems.length > 0) throw new ReportError(problems);
}
