import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import { ReportError, findReportError } from '../errors.ts';
import { chartDrawingProblems, uniqueProblems } from '../charts/chart-drawing-problems.ts';
import { checkInputsStamp, checksPassedBefore, rememberChecksPassed } from '../check/check-cache.ts';
import { checkReport } from '../check/check-report.ts';
import { useReportDataStamp } from '../cms/report-data-cache.ts';
import { drawAhead, stopDrawingAhead } from '../charts/draw-ahead.ts';
import { reportCharts } from '../charts/report-charts.ts';
import { saveYamlCache } from '../figures/parsed-yaml-cache.ts';
import { forgetReportFigures, useCheckedFigures } from '../figures/report-figures.ts';
import { openDataPaths } from '../open-data/write-open-data.ts';
import type { BuildArgs } from './eleventy-args.ts';
import { compiledPath } from './compiled-path.ts';
import { eleventyWritesInPlace } from './eleventy-writes-in-place.ts';
import { pauseAt } from './pause-at.ts';
import { sweepStaleFiles } from './sweep-stale-files.ts';
import { publishFolder, setAsideFailedBuild, takeBuildFolder } from './swap-folder.ts';
import { pagesWritten, writtenFiles } from './written-files.ts';

/**
 * Builds the report: checks everything first, then runs Eleventy into a folder beside the live
 * site (the site before last, reused: see swap-folder.ts), removes what this build did not write,
 * and links it into place in one step only when every page was written (link-site.ts).
 * @throws ReportError with every problem found; the previous site is left untouched.
 */
export async function buildSite(root: string, args: BuildArgs): Promise<{ files: number }> {
  // Read the files afresh (a process may build twice, as npm run pdf does); Eleventy then reuses them.
  forgetReportFigures();
  checkFirst(root);
  drawAhead(root, reportCharts(root).charts.values());
  const output = path.resolve(root, args.output);
  const building = await takeBuildFolder(output);
  try {
    const eleventy = new Eleventy(path.join(root, 'content'), building, {
      configPath: compiledPath(root, '.eleventy.ts'),
      pathPrefix: args.pathPrefix,
      quietMode: true,
    });
    // The caller prints problems in plain English; Eleventy's own report would repeat them with a stack.
    eleventy.errorHandler.error = () => undefined;
    await eleventyWritesInPlace();
    const results = (await eleventy.write()) as unknown;
    pauseAt('written', building);
    await sweepStaleFiles(building, new Set([...writtenFiles(results), ...openDataPaths(building)]));
    pauseAt('swept', building);
    await publishFolder(building, output);
    saveYamlCache();
    return { files: pagesWritten(results) };
  } catch (error) {
    setAsideFailedBuild(building, output, error);
    throw await withEveryChartProblem(error, root);
  } finally {
    stopDrawingAhead();
  }
}

/**
 * A failed page stops Eleventy at the first chart vega cannot draw: when the failure is one of
 * ours, every chart is drawn (through the cache and the drawing thread) so all their problems are
 * reported together.
 */
async function withEveryChartProblem(error: unknown, root: string): Promise<unknown> {
  const ours = findReportError(error);
  if (!ours) return error;
  const problems = uniqueProblems([...ours.problems, ...(await chartDrawingProblems(root))]);
  return problems.length === ours.problems.length ? error : new ReportError(problems);
}

/**
 * Runs every check, unless they passed before on the same files and code (check-cache.ts):
 * then the figures are read without checking their schemas again. The files' stamp also keys
 * the report's files as JSON for the editing screens (report-data-cache.ts).
 * @throws ReportError with every problem found.
 */
function checkFirst(root: string): void {
  const stamp = checkInputsStamp(root);
  useReportDataStamp(root, stamp);
  if (checksPassedBefore(root, stamp)) return useCheckedFigures(root);
  const problems = checkReport(root);
  if (problems.length > 0) throw new ReportError(problems);
  rememberChecksPassed(root, stamp);
}
