import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startStaticServer } from '../../lib/build/static-server.ts';
import { LIGHTHOUSE_PAGES, openLighthouse } from '../../tests/lighthouse.ts';
import { projectBuild } from './commands.ts';
import { mirrorProject } from './project-folder.ts';

const run = promisify(execFile);

/** The timings behind Lighthouse's performance score, in ms (CLS has no unit). */
const METRICS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift', si: 'speed-index' } as const;

/** Lighthouse's performance category on one page: the median of `runs` runs, and each score. */
export interface LighthousePage {
  page: string;
  scores: number[];
  median: number;
  /** The metrics of the run with the median score. */
  metrics: Record<keyof typeof METRICS, number>;
}

/** Lighthouse's performance on the real report, against its target of 1.00 on every page. */
export interface LighthouseResults {
  target: number;
  runs: number;
  pages: LighthousePage[];
}

/**
 * Builds a snapshot of the real report, serves it on 127.0.0.1, and runs Lighthouse's
 * performance category (phone profile, simulated slow network and CPU) `runs` times a page.
 * The score depends on how busy the machine is, which is why it is measured here and not
 * asserted by `npm test`.
 */
export async function lighthousePerformance(scratch: string, runs: number): Promise<LighthouseResults> {
  const projectDir = path.join(scratch, 'project');
  await mirrorProject(projectDir);
  const build = projectBuild(projectDir);
  await run(build.program, build.args, { cwd: build.cwd, timeout: 120_000 });
  const server = await startStaticServer(path.join(projectDir, '_site'));
  try {
    const pages: LighthousePage[] = [];
    for (const page of LIGHTHOUSE_PAGES) pages.push(await measurePage(`${server.url.replace(/\/$/, '')}${page}`, page, runs));
    return { target: 1, runs, pages };
  } finally {
    await server.close();
  }
}

async function measurePage(url: string, page: string, runs: number): Promise<LighthousePage> {
  const measured: { score: number; metrics: LighthousePage['metrics'] }[] = [];
  for (let i = 0; i < runs; i++) {
    // A browser of its own for each run, as Lighthouse's command line starts one.
    const lighthouse = await openLighthouse();
    const result = await lighthouse.audit(url, ['performance']).finally(() => lighthouse.close());
    const metric = (id: string): number => result.audits[id]?.numericValue ?? Number.NaN;
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, metric(id)])) as LighthousePage['metrics'];
    measured.push({ score: result.categories.performance?.score ?? 0, metrics });
  }
  const sorted = [...measured].sort((a, b) => a.score - b.score);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] ?? { score: 0, metrics: measured[0]?.metrics ?? ({} as LighthousePage['metrics']) };
  return { page, scores: measured.map((item) => item.score), median: middle.score, metrics: middle.metrics };
}

/** The results as a Markdown table and a line on the target, for latest.md and the README. */
export function lighthouseMarkdown(results: LighthouseResults): string[] {
  const rows = results.pages.map(
    ({ page, scores, median, metrics }) =>
      `| ${page} | ${median.toFixed(2)} | ${scores.map((score) => score.toFixed(2)).join(', ')} | ${Math.round(metrics.fcp)} | ${Math.round(metrics.lcp)} | ${Math.round(metrics.tbt)} | ${metrics.cls.toFixed(3)} | ${Math.round(metrics.si)} |`,
  );
  const met = results.pages.every((page) => page.median >= results.target);
  return [
    `Lighthouse 12 performance (phone profile, simulated slow 4G and CPU), median of ${results.runs} run${results.runs === 1 ? '' : 's'} a page; metrics in ms from the median run:`,
    '',
    '| page | score | runs | FCP | LCP | TBT | CLS | Speed Index |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Target: ${results.target.toFixed(2)} on every page: ${met ? 'met' : 'not met'}${met ? '' : ' (the score falls when the machine is busy: see the load average above)'}.`,
  ];
}
