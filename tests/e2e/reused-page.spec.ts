/**
 * The reused page (support/reused-page.ts) is the same page from test to test of a worker, and
 * nothing one test sets on it reaches the next: not a route, a listener, a print emulation or
 * a viewport. Two tests, run in order in one worker.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/reused-page.ts';

test.describe.configure({ mode: 'serial' });

let first: Page | undefined;
const heardByFirst: string[] = [];

test('a test sets a route, a listener, print media and a phone viewport', async ({ page, context }) => {
  first = page;
  await context.route('**/*.css', (route) => route.abort());
  page.on('console', (message) => message.type() === 'log' && heardByFirst.push(message.text()));
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  await page.evaluate(() => console.log('first'));
  expect(heardByFirst).toEqual(['first']);
});

test('the next test gets the same page, blank, with none of them', async ({ page }) => {
  expect(page, 'the worker reuses its page').toBe(first);
  expect(page.url()).toBe('about:blank');
  const stylesheet = page.waitForResponse((response) => response.url().endsWith('.css'));
  await page.goto('/');
  expect((await stylesheet).status(), 'the route that aborted stylesheets is gone').toBe(200);
  expect(await page.evaluate(() => matchMedia('print').matches), 'print emulation is gone').toBe(false);
  expect(await page.evaluate(() => window.innerWidth), 'the default viewport is back').toBe(1280);
  await page.evaluate(() => console.log('second'));
  expect(heardByFirst, "the first test's listener is gone").toEqual(['first']);
});
