/**
 * Playwright's `test`, with one browser page that a worker reuses from test to test, for the
 * specs that only read the built site. By default every test gets a new context and page, and
 * Chromium starts a renderer for each: about 0.45 CPU-seconds a test before it does anything,
 * over a quarter of the browser suite's time on two cores. Here a test gets the worker's page for
 * its JavaScript setting (on, or off with `test.use({ javaScriptEnabled: false })`), at the
 * viewport it asks for, and leaves it as it found it: its listeners, routes and media emulation
 * removed, the page back on about:blank. A test that fails closes its page, so whatever state it
 * left cannot reach the next one.
 *
 * A spec that needs a context of its own (cookies, permissions, a second page) imports
 * `@playwright/test` instead.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** A worker's reusable context and its one page. */
interface Reused {
  context: BrowserContext;
  page: Page;
}

interface WorkerFixtures {
  /** The worker's reusable pages, by JavaScript setting. */
  reusedPages: Map<boolean, Reused>;
}

export const test = base.extend<object, WorkerFixtures>({
  reusedPages: [
    async ({}, use) => {
      const pages = new Map<boolean, Reused>();
      await use(pages);
      await Promise.all([...pages.values()].map(({ context }) => context.close()));
    },
    { scope: 'worker' },
  ],

  context: async ({ browser, reusedPages, javaScriptEnabled, baseURL }, use) => {
    const enabled = javaScriptEnabled !== false;
    let reused = reusedPages.get(enabled);
    if (!reused) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: enabled });
      reused = { context, page: await context.newPage() };
      reusedPages.set(enabled, reused);
    }
    await use(reused.context);
  },

  page: async ({ context, reusedPages, javaScriptEnabled, viewport }, use, testInfo) => {
    const enabled = javaScriptEnabled !== false;
    const reused = reusedPages.get(enabled);
    if (!reused) throw new Error('the context fixture makes the reused page first');
    if (reused.page.isClosed()) reused.page = await context.newPage();
    const { page } = reused;
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      // A failed test may have left anything behind: the next one starts afresh.
      reusedPages.delete(enabled);
      await context.close();
      return;
    }
    await forget(context, page);
  },
});

/**
 * The events a test may listen to. Playwright listens to a page's and a context's 'close' (and a
 * page's 'crash') itself, so those are never removed, and no test here listens to them.
 */
const PAGE_EVENTS = ['console', 'dialog', 'domcontentloaded', 'download', 'filechooser', 'frameattached', 'framedetached', 'framenavigated', 'load', 'pageerror', 'popup', 'request', 'requestfailed', 'requestfinished', 'response', 'websocket', 'worker'] as const;
const CONTEXT_EVENTS = ['backgroundpage', 'console', 'dialog', 'page', 'request', 'requestfailed', 'requestfinished', 'response', 'serviceworker', 'weberror'] as const;

/** Removes the routes and media emulation a test set on the shared context and page, and leaves the page blank. */
async function forget(context: BrowserContext, page: Page): Promise<void> {
  await Promise.all([page.unrouteAll({ behavior: 'ignoreErrors' }), context.unrouteAll({ behavior: 'ignoreErrors' })]);
  await Promise.all([...PAGE_EVENTS.map((event) => page.removeAllListeners(event)), ...CONTEXT_EVENTS.map((event) => context.removeAllListeners(event))]);
  await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
  await page.goto('about:blank');
}
