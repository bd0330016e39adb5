/**
 * What an editor may add by hand, built and read in the browser: a wide Markdown table with
 * aligned columns and an image from assets/images/. The report itself has neither, so a copy
 * of the project gets them. The page must load with nothing refused by the Content Security
 * Policy, fit a phone without scrolling sideways, and pass axe.
 */
import { expect, test } from '@playwright/test';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, copyProject } from '../fixtures/project-copy.ts';
import { runAxe } from './support/axe.ts';
import { measureOverflow } from './support/measure-overflow.ts';
import { serveSite, type ServedSite } from './support/site-scripts.ts';
import { watchPage } from './support/watch-page.ts';

const PAGE = 'tri-borough-story/the-story/';
const TABLE = [
  '## Shared services at a glance',
  '',
  '| Shared service | Lead borough | What changed for residents and for the staff who run it | Started |',
  '| --- | --- | --- | --: |',
  '| Libraries and archives | Westminster | One library card for all three boroughs, with a shared catalogue of books | 2012 |',
  '| Adult social care | Hammersmith & Fulham | One team plans care across the three boroughs and buys it together | 2012 |',
  '',
  '![The three town halls, side by side](/assets/images/town-halls.svg)',
  '',
].join('\n');
const IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><rect width="300" height="100" fill="#1d4f91"/></svg>';

// One copy and one build for both tests: in parallel, each worker would build its own.
test.describe.configure({ mode: 'serial' });

let dir = '';
let site: ServedSite | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = copyProject();
  // The copy has its own assets/ (the build refuses a link there) to add an image to.
  mkdirSync(path.join(dir, 'assets/images'), { recursive: true });
  writeFileSync(path.join(dir, 'assets/images/town-halls.svg'), IMAGE);
  appendFileSync(path.join(dir, 'content', PAGE.replace(/\/$/, '.md')), `\n${TABLE}`);
  const result = await build(dir, ['--quiet']);
  expect(result.code, result.output).toBe(0);
  site = await serveSite(path.join(dir, '_site'), '/');
});

test.afterAll(async () => {
  await site?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a Markdown table and an image load with nothing refused, and fit a 375 px screen', async ({ context, page }) => {
  const url = new URL(PAGE, site?.url);
  const problems = await watchPage(context, page, url.origin);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(url.href);
  const table = page.getByRole('table').filter({ hasText: 'Lead borough' });
  await expect(table.getByRole('columnheader')).toHaveText(['Shared service', 'Lead borough', 'What changed for residents and for the staff who run it', 'Started']);
  await expect(table.getByRole('cell', { name: '2012' }).first()).toHaveCSS('text-align', 'right');
  const image = page.getByRole('img', { name: 'The three town halls, side by side' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  const { scrollWidth, innerWidth, widest } = await page.evaluate(measureOverflow);
  expect(scrollWidth, `wider than the window: ${widest.join(', ')}`).toBeLessThanOrEqual(innerWidth);
  expect(problems).toEqual([]);
});

test('the page with them passes axe', async ({ page }) => {
  await page.goto(new URL(PAGE, site?.url).href);
  const { violations } = await runAxe(page);
  expect(violations.map((v) => ({ rule: v.id, where: v.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
});
