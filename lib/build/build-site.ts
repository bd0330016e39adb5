import Eleventy from '@11ty/eleventy';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ReportError } from '../errors.ts';
import { checkInputsStamp, checksPassedBefore, rememberChecksPassed } from '../check/check-cache.ts';
import { checkReport } from '../check/check-report.ts';
import { drawAhead, stopDrawingAhead } from '../charts/draw-ahead.ts';
import { reportCharts } from '../charts/report-charts.ts';
import { saveYamlCache } from '../figures/parsed-yaml-cache.ts';
import { forgetReportFigures } from '../figures/report-figures.ts';
import type { BuildArgs } from './eleventy-args.ts';
import { compiledPath } from './compiled-path.ts';
import { swapFolder } from './swap-folder.ts';

/**
 * Builds the report: checks everything first, then runs Eleventy into a fresh folder and
 * swaps it into place only when every page was written.
 * @throws ReportError with every problem found; the previous site is left untouched.
 */
export async function buildSite(root: string, args: BuildArgs): Promise<{ files: number }> {
  // Read the files afresh (a process may build twice, as npm run pdf does); Eleventy then reuses them.
  forgetReportFigures();
  checkFirst(root);
  drawAhead(root, reportCharts(root).charts.values());
  const output = path.resolve(root, args.output);
  const fresh = `${output}.building-${process.pid}`;
  try {
    const eleventy = new Eleventy(path.join(root, 'content'), fresh, {
      configPath: compiledPath(root, '.eleventy.ts'),
      pathPrefix: args.pathPrefix,
      quietMode: true,
    });
    // The caller prints problems in plain English; Eleventy's own report would repeat them with a stack.
    eleventy.errorHandler.error = () => undefined;
    const results = (await eleventy.write()) as unknown;
    await swapFolder(fresh, output);
    saveYamlCache();
    return { files: countResults(results) };
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  } finally {
    stopDrawingAhead();
  }
}

/**
 * Runs every check, unless they passed before on the same files and code (check-cache.ts).
 * @throws ReportError with every problem found.
 */
function checkFirst(root: string): void {
  const stamp = checkInputsStamp(root);
  if (checksPassedBefore(root, stamp)) return;
  const problems = checkReport(root);
  if (problems.length > 0) throw new ReportError(problems);
  rememberChecksPassed(root, stamp);
}

function countResults(results: unknown): number {
  const [, written] = Array.isArray(results) ? results : [];
  return Array.isArray(written) ? written.length : 0;
}
