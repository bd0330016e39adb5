import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { CaseResult } from './case-result.ts';
import { PROJECT_ROOT } from './project-folder.ts';
import type { IncrementalResult } from './incremental-rebuild.ts';
import type { LighthouseResults } from './lighthouse-performance.ts';
import type { BuildProfile } from './profile-build.ts';
import { canMeasureMemory } from './time-process.ts';

/** What one `npm run bench` found: written as JSON and summarised in latest.md. */
export interface BenchResults {
  /** When the run started, ISO 8601. */
  startedAt: string;
  quick: boolean;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryGb: number; peakMemoryMeasured: boolean };
  /** The code measured: the commit, and how many files differed from it (the numbers are for the working tree). */
  code: { commit: string; changedFiles: number };
  cases: CaseResult[];
  /** Extra time for each extra section between two synthetic sizes, project and bare. */
  scaling: { fromSections: number; toSections: number; cache: CaseResult['cache']; msPerExtraSection: number; cpuMsPerExtraSection: number; bareMsPerExtraSection: number; bareCpuMsPerExtraSection: number }[];
  incremental?: IncrementalResult | { error: string };
  /** Lighthouse's performance score on the real report's pages (a timed score, so not a test). */
  lighthouse?: LighthouseResults | { error: string };
  /** The largest synthetic build profiled, cold and rebuilt. */
  profiles: (BuildProfile | { cache: string; error: string })[];
  /** How long the whole benchmark took, in seconds. */
  durationS?: number;
}

/** The machine the numbers belong to. */
export function describeMachine(): BenchResults['machine'] {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    peakMemoryMeasured: canMeasureMemory(),
  };
}

/** The commit and the number of uncommitted changes, read with git (read-only); unknown outside a git checkout. */
export function describeCode(): BenchResults['code'] {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), changedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length };
  } catch {
    return { commit: 'unknown', changedFiles: 0 };
  }
}

/**
 * The marginal cost of a section: how much the medians grow from one synthetic size to the next,
 * for cold builds and for rebuilds.
 * @param cases every case, synthetic sizes smallest first.
 */
export function scaling(cases: readonly CaseResult[]): BenchResults['scaling'] {
  return (['cold', 'rebuild'] as const).flatMap((cache) => {
    const measured = cases.filter((result) => result.report === 'synthetic' && result.cache === cache && result.project && result.bare);
    return measured.slice(1).map((to, index) => {
      const from = measured[index] as CaseResult;
      const slope = (pick: (result: CaseResult) => number | undefined): number => ((pick(to) ?? NaN) - (pick(from) ?? NaN)) / (to.sections - from.sections);
      return {
        fromSections: from.sections,
        toSections: to.sections,
        cache,
        msPerExtraSection: slope((result) => result.project?.medianMs),
        cpuMsPerExtraSection: slope((result) => result.project?.cpuMedianMs),
        bareMsPerExtraSection: slope((result) => result.bare?.medianMs),
        bareCpuMsPerExtraSection: slope((result) => result.bare?.cpuMedianMs),
      };
    });
  });
}
