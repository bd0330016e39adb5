/**
 * Lighthouse 12 (13 needs a newer Node) scores 1.00 for performance, accessibility, best
 * practices and SEO on the report's pages with charts, tables and prose, on a phone profile.
 * Runs the lighthouse command against the built site served on 127.0.0.1, in Chromium.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startStaticServer, type StaticServer } from '../../lib/build/static-server.ts';
import { CHROMIUM_ARGS, findBrowser } from '../browser.ts';
import { SITE_DIR } from '../built-site.ts';

const run = promisify(execFile);
const PAGES = ['/tri-borough-story/two-years-on/', '/tri-borough-story/working-with-government/', '/community-budgets/achievements/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

let server: StaticServer | undefined;
before(async () => {
  server = await startStaticServer(SITE_DIR);
});
after(() => server?.close());

async function lighthouse(url: string): Promise<LighthouseResult> {
  const browser = findBrowser();
  assert.ok(browser, 'no Chromium: install it (apt-get install -y chromium)');
  const { stdout } = await run(
    'node_modules/.bin/lighthouse',
    [url, '--quiet', '--output=json', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: browser }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  return JSON.parse(stdout) as LighthouseResult;
}

describe('Lighthouse', { concurrency: 1 }, () => {
  for (const page of PAGES) {
    it(`scores 1.00 in every category for ${page}`, async () => {
      const result = await lighthouse(`${server?.url.replace(/\/$/, '')}${page}`);
      const failing = Object.values(result.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric'].includes(audit.scoreDisplayMode))
        .map((audit) => audit.title);
      for (const category of CATEGORIES) {
        assert.equal(result.categories[category]?.score, 1, `${category} is ${result.categories[category]?.score}; audits below 1: ${failing.join('; ')}`);
      }
    });
  }
});
