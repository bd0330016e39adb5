/**
 * `npm run bench [-- --quick]`: times the report's build as whole processes (the real report and
 * synthetic reports of 10, 100 and 1,000 sections, each cold and rebuilt) beside bare Eleventy,
 * measures `npm start` rebuilding after an edit and after a section is added, profiles the largest
 * build, scores the real report's pages with Lighthouse's performance category (target 1.00), and
 * writes bench/results/. Flags: --quick (3 runs, sizes 10 and 100), --runs=N, --sizes=10,100.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeCode, describeMachine, scaling, type BenchResults } from './bench/bench-results.ts';
import type { CaseResult } from './bench/case-result.ts';
import { handWrittenCase } from './bench/hand-written-case.ts';
import { incrementalRebuild } from './bench/incremental-rebuild.ts';
import { lighthousePerformance } from './bench/lighthouse-performance.ts';
import { profileBuild } from './bench/profile-build.ts';
import { profileText } from './bench/profile-text.ts';
import { realReportCases } from './bench/real-report-cases.ts';
import { resultsMarkdown } from './bench/results-markdown.ts';
import { syntheticCase, type CaseOptions } from './bench/synthetic-case.ts';
import { RESULTS_DIR, writeResults } from './bench/write-results.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, runs: { type: 'string' }, sizes: { type: 'string' } } });
const quick = values.quick ?? false;
const runs = Number(values.runs ?? (quick ? 3 : 5));
const sizes = (values.sizes ?? (quick ? '10,100' : '10,100,1000')).split(',').map(Number);
const edits = quick ? 3 : 5;
const lighthouseRuns = quick ? 1 : 3;
const started = performance.now();
const scratch = await mkdtemp(path.join(os.tmpdir(), 'report-bench-'));
const results: BenchResults = { startedAt: new Date().toISOString(), quick, machine: describeMachine(), code: describeCode(), cases: [], scaling: [], profiles: [] };

/** Logs a step's progress to stderr; a failed step is recorded, and the others still run. */
async function step<T>(name: string, body: () => Promise<T>): Promise<T | { error: string }> {
  console.error(`[bench ${Math.round((performance.now() - started) / 1000)}s] ${name}`);
  try {
    return await body();
  } catch (error) {
    console.error(`[bench] ${name} failed: ${(error as Error).message}`);
    return { error: (error as Error).message };
  }
}

function options(folder: string): CaseOptions {
  return { scratch: path.join(scratch, folder), runs };
}

function failed(name: string, report: CaseResult['report'], error: string): CaseResult {
  return { name, report, cache: 'cold', sections: 0, markdownPages: 0, charts: 0, error };
}

const [load = 0] = os.loadavg();
if (load > results.machine.cpus / 2) console.error(`[bench] The machine is busy (load average ${load.toFixed(1)} on ${results.machine.cpus} CPUs): wall times will be high and noisy.`);

try {
  const real = await step(`real report: bare, cold and rebuild, ${runs} runs each`, () => realReportCases(options('real')));
  results.cases.push(...('error' in real ? [failed('real report', 'real', real.error)] : real));
  let largest: { sections: number; projectDir: string } | undefined;
  for (const sections of sizes) {
    const size = { sections, charts: Math.max(1, Math.round(sections / 5)) };
    const synthetic = await step(`synthetic report: ${sections} sections, ${size.charts} charts`, () => syntheticCase(size, options(`synthetic-${sections}`)));
    if ('error' in synthetic) {
      results.cases.push(failed(`synthetic ${sections} sections`, 'synthetic', synthetic.error));
      continue;
    }
    results.cases.push(...synthetic.rows);
    largest = { sections, projectDir: synthetic.projectDir };
  }
  const handWritten = await step(`hand-written charts: 200 Vega-Lite specs`, () => handWrittenCase(200, options('hand-written')));
  results.cases.push(...('error' in handWritten ? [failed('hand-written charts', 'hand-written', handWritten.error)] : handWritten));
  results.scaling = scaling(results.cases);
  for (const cache of ['cold', 'rebuild'] as const) {
    if (!largest) break;
    const { sections, projectDir } = largest;
    const profile = await step(`profile: ${sections} sections, ${cache}`, () => profileBuild(projectDir, sections, cache, path.join(scratch, `profile-${cache}`)));
    results.profiles.push('error' in profile ? { cache, error: profile.error } : profile);
  }
  results.incremental = await step(`npm start: ${edits} edits, then ${edits} sections added`, () => incrementalRebuild(scratch, edits));
  results.lighthouse = await step(`Lighthouse performance: ${lighthouseRuns} runs a page`, () => lighthousePerformance(path.join(scratch, 'lighthouse'), lighthouseRuns));
} finally {
  results.durationS = Math.round((performance.now() - started) / 1000);
  await report(results);
  await rm(scratch, { recursive: true, force: true });
}

/** Prints the table, notes and profiles, and writes bench/results/; profiles are kept beside the JSON. */
async function report(results: BenchResults): Promise<void> {
  console.log(`\n${resultsMarkdown(results)}`);
  await mkdir(RESULTS_DIR, { recursive: true });
  for (const profile of results.profiles) {
    if ('error' in profile) continue;
    const name = `${results.startedAt.replace(/:/g, '-')}-${profile.cache}.cpuprofile`;
    await copyFile(profile.file, path.join(RESULTS_DIR, name));
    profile.file = path.join('bench', 'results', name);
    console.log(`Profile of the ${profile.sections}-section build, ${profile.cache} (${profile.file}):\n${profileText(profile)}\n`);
  }
  const written = await writeResults(results);
  console.log(`Wrote ${written.join(', ')} in ${results.durationS} s.`);
}
