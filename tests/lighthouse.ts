/**
 * Runs Lighthouse 12 (13 needs a newer Node), from the optional tools/lighthouse/ (`npm run tools
 * -- lighthouse`), on a phone profile in the test browser. Used by tests/site/lighthouse.test.ts
 * (the audits that do not depend on the machine's speed) and by `npm run bench` (the
 * performance score, which does).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { toolFile } from '../lib/tools/optional-tool.ts';
import { CHROMIUM_ARGS, findBrowser } from './browser.ts';

const run = promisify(execFile);

/** The report's pages with charts, tables and prose that Lighthouse scores. */
export const LIGHTHOUSE_PAGES = ['/tri-borough-story/two-years-on/', '/tri-borough-story/working-with-government/', '/community-budgets/achievements/'];

/** One audit of Lighthouse's JSON report. */
export interface LighthouseAudit {
  score: number | null;
  title: string;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: { items?: unknown[] };
}

/** The parts of Lighthouse's JSON report read here. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, LighthouseAudit>;
}

/**
 * Runs the lighthouse command on one page.
 * @param categories Lighthouse's category ids, e.g. ['accessibility', 'seo'].
 * @throws when Lighthouse or a browser is missing, or Lighthouse fails.
 */
export async function runLighthouse(url: string, categories: readonly string[]): Promise<LighthouseResult> {
  const browser = findBrowser();
  if (!browser) throw new Error('no Chromium: install it (apt-get install -y chromium)');
  const command = toolFile('lighthouse', '.bin/lighthouse');
  if (!existsSync(command)) throw new Error('Lighthouse is not installed: run npm run tools -- lighthouse');
  const { stdout } = await run(
    command,
    [url, '--quiet', '--output=json', `--only-categories=${categories.join(',')}`, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: browser }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  return JSON.parse(stdout) as LighthouseResult;
}

/** The titles of the scored audits below 1, to say why a category fell short. */
export function auditsBelowOne(result: LighthouseResult): string[] {
  return Object.values(result.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric'].includes(audit.scoreDisplayMode))
    .map((audit) => audit.title);
}
