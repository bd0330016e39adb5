import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../fs/write-atomically.ts';
import { reportFilesJson } from './report-files.ts';

/** Where the JSON is kept between builds, relative to the project root (git ignores .cache/). */
const REPORT_DATA_CACHE_DIR = '.cache/report-data';

/** The stamp of the files the build under way reads (lib/check/check-cache.ts), if it has one. */
let inputs: { root: string; stamp: string } | undefined;

/**
 * Says what the build under way reads, before Eleventy runs (lib/build/build-site.ts): a stamp
 * of every file in content/, _data/ and assets/ and of the code, or undefined when there is
 * none (under tsx, as `npm start` runs), and then nothing is kept.
 */
export function useReportDataStamp(root: string, stamp: string | undefined): void {
  inputs = stamp === undefined ? undefined : { root: path.resolve(root), stamp };
}

/**
 * The report's files as JSON, for /admin/report-data.json: kept under the build's stamp, as the
 * same files give the same JSON. At 1,000 sections, reading every page again and writing them
 * out as JSON took 70 ms of every build; reading the kept JSON takes a few.
 */
export function reportDataJson(root: string = process.cwd()): string {
  const stamp = inputs?.root === path.resolve(root) ? inputs.stamp : undefined;
  if (stamp === undefined) return reportFilesJson(root);
  const dir = path.join(root, REPORT_DATA_CACHE_DIR);
  const file = path.join(dir, `${stamp}.json`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const json = reportFilesJson(root);
    keep(dir, file, json);
    return json;
  }
}

/** Keeps the JSON of these files only: an older one is never asked for again. */
function keep(dir: string, file: string, json: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
    writeAtomically(file, json);
  } catch {
    // A cache that cannot be written costs time, not correctness.
  }
}
