import type { CacheState } from './clear-cache.ts';
import type { RunStats } from './measure-runs.ts';

/** One row of the benchmark: the project's build of a report beside bare Eleventy's. */
export interface CaseResult {
  /** What was built, like "synthetic 100 sections, 20 charts (cold)". */
  name: string;
  report: 'real' | 'synthetic' | 'hand-written';
  /** What each run starts from: see CacheState. */
  cache: CacheState;
  /** Section pages, not counting publication landing pages or the home page. */
  sections: number;
  /** Every Markdown page, landing pages included. */
  markdownPages: number;
  charts: number;
  project?: RunStats;
  bare?: RunStats;
  /** Project median over bare median. */
  ratio?: number;
  /** The same ratio for CPU time, steadier when the machine is busy. */
  cpuRatio?: number;
  /** Project median over sections. */
  msPerSection?: number;
  /** Why the case could not be measured. */
  error?: string;
}

/**
 * Fills in the figures derived from the timings.
 * @returns the same result, with ratio and msPerSection set when both timings exist.
 */
export function withRatios<T extends CaseResult>(result: T): T {
  const { project, bare, sections } = result;
  if (project && bare) result.ratio = project.medianMs / bare.medianMs;
  if (project?.cpuMedianMs && bare?.cpuMedianMs) result.cpuRatio = project.cpuMedianMs / bare.cpuMedianMs;
  if (project && sections > 0) result.msPerSection = project.medianMs / sections;
  return result;
}
