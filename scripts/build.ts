/**
 * `npm run build -- [--pathprefix=/report/]`: builds the report into _site/ atomically (_site is
 * a link, replaced in one rename: lib/build/link-site.ts). Prints every problem as file:line:col,
 * or a full disk in plain words, and exits 1, leaving the previous _site/ untouched.
 */
import { chartWarnings, chartWarningsText } from '../lib/charts/chart-warnings.ts';
import { buildSite } from '../lib/build/build-site.ts';
import { parseBuildArgs } from '../lib/build/eleventy-args.ts';
import { reportFailure } from '../lib/build/report-failure.ts';

try {
  const args = parseBuildArgs(process.argv.slice(2));
  const started = performance.now();
  const { files } = await buildSite(process.cwd(), args);
  const warnings = chartWarningsText(chartWarnings(process.cwd()));
  if (warnings) console.warn(warnings);
  if (!args.quiet) console.log(`Built ${files} pages into ${args.output}/ in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  process.exitCode = reportFailure(error);
}
