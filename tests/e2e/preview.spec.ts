/**
 * `npm start` in Chromium: a broken edit replaces the page with its problems (file, line, fix),
 * readable with JavaScript off; with it on, the live reload brings the problems up by itself and
 * takes them away once the fix is saved. A section added while it runs reaches every other page's
 * contents, the open one included.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PUBLICATION, SECTION, publicationPages, settle, startPreview, until, type Preview } from '../../scripts/bench/preview-server.ts';

test.describe.configure({ mode: 'serial' });

// Made in beforeAll: Playwright loads this file in every process (to list the tests), and only the one that runs them removes it.
let scratch = '';
let preview: Preview;
let good = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  scratch = mkdtempSync(path.join(tmpdir(), 'preview-e2e-'));
  preview = await startPreview(scratch);
  good = await readFile(preview.sectionFile, 'utf8');
});

test.afterAll(async () => {
  await preview?.server.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/**
 * Resolves when the page's live reload has connected: Eleventy's server greets every new
 * connection with a "connected" status, and only then does an edit reach the page.
 */
function liveReloadConnected(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"connected"')) resolve();
      });
    });
  });
}

/** Breaks the section with a mistyped figure; @returns the line it is on. */
async function breakSection(): Promise<number> {
  await appendFile(preview.sectionFile, '\n{% figure "savings.childern" %}\n');
  return good.split('\n').length + 1;
}

/** Saves the section mended, with a new sentence to look for. @returns that sentence. */
async function mendSection(): Promise<string> {
  const mended = `Mended at ${Date.now()}.`;
  await writeFile(preview.sectionFile, `${good}\n${mended}\n`);
  return mended;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a page shows a broken edit\'s file, line and fix, then the mended page', async ({ page }) => {
    test.setTimeout(90_000);
    const line = await breakSection();
    await until(preview.server, async () => preview.server.recentOutput().includes('savings.childern'), 30_000);
    await page.goto(new URL(`${SECTION}/`, preview.url).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The preview was not updated: 1 problem to fix');
    await expect(page.getByRole('listitem')).toHaveText(`content/${SECTION}.md:${line}:1: unknown figure "savings.childern": did you mean "savings.childrens"?`);
    await settle();
    const mended = await mendSection();
    await until(preview.server, async () => (await readFile(preview.sectionPage, 'utf8')).includes(mended), 30_000);
    await page.goto(new URL(`${SECTION}/`, preview.url).href);
    await expect(page.getByText(mended)).toBeVisible();
    await settle();
  });
});

test.describe('with JavaScript on', () => {
  test('the open page turns into the problems when an edit breaks, and back when it is mended', async ({ page }) => {
    test.setTimeout(90_000);
    const connected = liveReloadConnected(page);
    await page.goto(new URL('tri-borough-story/the-story/', preview.url).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How Tri-borough began');
    await connected;
    await breakSection();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The preview was not updated: 1 problem to fix', { timeout: 30_000 });
    await settle();
    await mendSection();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How Tri-borough began', { timeout: 30_000 });
  });
});

test('a section saved while the preview runs joins the contents of the open page, and of every other page', async ({ page }) => {
  test.setTimeout(90_000);
  const connected = liveReloadConnected(page);
  await page.goto(new URL(`${PUBLICATION}/the-story/`, preview.url).href);
  await connected;
  const name = `news-from-the-front-line-${Date.now()}`;
  const file = path.join(preview.mirror, 'content', PUBLICATION, `${name}.md`);
  await writeFile(file, '---\ntitle: News from the front line\norder: 990\nsummary: A section added while the preview runs.\nsource: tri-borough-story-2013\nupdated: "2013"\n---\nA new section.\n');
  try {
    const contents = page.getByRole('navigation', { name: /contents/i });
    await expect(contents.getByRole('link', { name: 'News from the front line' })).toHaveAttribute('href', `/${PUBLICATION}/${name}/`, { timeout: 30_000 });
    // Every other page of the publication, as a reader would open it next.
    for (const built of await publicationPages(preview, name)) {
      const address = `${path.relative(path.join(preview.mirror, '_site'), path.dirname(built)).split(path.sep).join('/')}/`;
      await page.goto(new URL(address, preview.url).href);
      await expect(page.getByRole('link', { name: 'News from the front line' }).first(), address).toBeAttached();
    }
  } finally {
    await rm(file, { force: true });
    await settle();
  }
});
