/**
 * The site works under a path prefix, as GitHub Pages serves a project site: built with
 * `--pathprefix=/report/` and served only under /report/, every link, stylesheet, image,
 * download and PDF answers 200 and nothing is asked for outside /report/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from '../built-site.ts';
import { crawlSite } from './support/crawl-site.ts';
import { buildSite, serveSite } from './support/site-scripts.ts';

const PREFIX = '/report/';

test(`built with --pathprefix=${PREFIX}, every page and file is reached by links under ${PREFIX} and nothing outside it is asked for`, async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'report-prefix-'));
  const site = path.join(dir, 'site');
  try {
    await buildSite([`--pathprefix=${PREFIX}`, `--output=${site}`]);
    const server = await serveSite(site, PREFIX);
    try {
      const { reached, problems } = await crawlSite(page, server.url, [server.url, `${server.url}404.html`]);
      expect(problems).toEqual([]);
      const pages = builtPages(site).map((built) => new URL(built.url.slice(1), server.url).href);
      expect(pages.filter((url) => !reached.includes(url)), 'pages no link reaches').toEqual([]);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
