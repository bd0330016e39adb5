/**
 * Charts as Chromium lays them out with the fonts this computer really has: no chart's text
 * reaches past its drawing, no drawing holds a link or anything focusable, and every summary
 * names values its data table holds. For the report's own charts, and for the project's
 * collection of hand-written Vega-Lite specs (tests/fixtures/specs/), built in one build.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findCitations } from '../../lib/content/find-citations.ts';
import { build } from '../fixtures/project-copy.ts';
import { handWrittenSpecs } from '../fixtures/specs/collection.ts';
import { SPEC_PAGE, specProject } from '../fixtures/specs/spec-project.ts';
import { expectedPages } from './site-map.ts';
import { chartTextEscapes, summaryValuesMissing } from './support/chart-text-escapes.ts';
import { printedChartText } from './support/printed-chart-text.ts';
import { serveSite, type ServedSite } from './support/site-scripts.ts';

/** The report's pages that hold a chart. */
const chartPages = expectedPages().filter((page) => findCitations(readFileSync(page.file, 'utf8')).some((citation) => citation.kind === 'chart'));

async function expectChartsWhole(page: Page, url: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  const { escapes, focusable } = await page.evaluate(chartTextEscapes);
  expect(escapes, `text past the drawing at ${width} px`).toEqual([]);
  expect(focusable).toEqual([]);
  expect(await page.evaluate(summaryValuesMissing)).toEqual([]);
}

test.describe('the report’s charts', () => {
  for (const { url } of chartPages) {
    test(`keep their text inside the drawing, hold nothing focusable and summarise their tables on ${url}`, async ({ page }) => {
      expect(await page.goto(url).then(() => page.locator('figure.chart').count())).toBeGreaterThan(0);
      for (const width of [375, 1280]) await expectChartsWhole(page, url, width);
    });
  }
});

test('draws chart text in the site’s own font, Noto Sans from /assets/fonts/, the font the charts are measured in', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  const first = chartPages[0];
  expect(first).toBeDefined();
  await page.goto(first?.url ?? '/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.sort()).toEqual(['200 /assets/fonts/noto-sans-latin-400-normal.woff2', '200 /assets/fonts/noto-sans-latin-700-normal.woff2']);
  // The font Chromium really drew a chart's text with: the site's web font, not one of the computer's.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'figure.chart svg text' });
  const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(used.map((font) => `${font.familyName}${font.isCustomFont ? ' (web font)' : ''}`)).toEqual(['Noto Sans (web font)']);
});

test.describe('the hand-written spec collection', () => {
  // One copy and one build for every test here.
  test.describe.configure({ mode: 'serial' });
  let dir = '';
  let site: ServedSite | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    dir = specProject(handWrittenSpecs);
    // Compiled, as npm run build runs it: its drawing thread draws the collection in a few seconds.
    const result = await build(dir, ['--quiet'], { compiled: true });
    expect(result.code, result.output).toBe(0);
    site = await serveSite(path.join(dir, '_site'), '/');
  });

  test.afterAll(async () => {
    await site?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('keeps every chart’s text inside its drawing, holds nothing focusable and summarises its table', async ({ page }) => {
    test.setTimeout(120_000);
    const url = new URL(`${SPEC_PAGE.replace(/^content\//, '').replace(/\.md$/, '/')}`, site?.url).href;
    await page.goto(url);
    await expect(page.locator('figure.chart')).toHaveCount(handWrittenSpecs.length);
    for (const width of [375, 1280]) await expectChartsWhole(page, url, width);
  });

  test('prints every chart’s text no larger than the body text, however narrow it was drawn', async ({ page }) => {
    const url = new URL(`${SPEC_PAGE.replace(/^content\//, '').replace(/\.md$/, '/')}`, site?.url).href;
    await page.goto(url);
    const sizes = await printedChartText(page);
    expect(sizes).toHaveLength(handWrittenSpecs.length);
    expect(sizes.filter(({ text, body }) => text > body).map(({ id, text }) => `${id}: ${text.toFixed(1)} px`)).toEqual([]);
  });
});
