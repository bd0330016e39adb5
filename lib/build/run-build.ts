import { chartWarnings, chartWarningsText } from '../charts/chart-warnings.ts';
import { buildSite } from './build-site.ts';
import { parseBuildArgs } from './eleventy-args.ts';
import { reportFailure } from './report-failure.ts';

/**
 * What `npm run build -- <flags>` does in `root` (scripts/build.ts): builds, warns of what
 * hand-written charts cannot do on a static page, prints how many pages were written (unless
 * --quiet) or every problem, and says the exit code. A function, so
 * that the tests can run many builds in one process with the very code the script runs
 * (tests/fixtures/build-many.ts).
 * @returns 0 when built; otherwise reportFailure's code (1 for problems to fix, 2 for a fault in the tool).
 */
export async function runBuild(argv: readonly string[], root: string = process.cwd()): Promise<number> {
  try {
    const args = parseBuildArgs(argv);
    const started = performance.now();
    const { files } = await buildSite(root, args);
    const warnings = chartWarningsText(chartWarnings(root));
    if (warnings) console.warn(warnings);
    if (!args.quiet) console.log(`Built ${files} pages into ${args.output}/ in ${Math.round(performance.now() - started)} ms.`);
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}
