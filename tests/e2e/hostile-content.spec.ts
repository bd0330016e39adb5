/**
 * What an attacker with editing rights can publish must be inert in a reader's browser: the
 * hostile report (tests/fixtures/hostile-report/: `& " ' < > $1 $&` in every string, links to
 * javascript:, data:, vbscript: and file: addresses) is built and every page opened in Chromium:
 * no dialog, no navigation, no request off the site, no script, nothing read from the computer.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../lib/build/static-server.ts';
import { builtPages } from '../built-site.ts';
import { buildHostileReport } from '../fixtures/hostile-report.ts';

let dir = '';
let server: StaticServer | undefined;
let urls: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const built = await buildHostileReport();
  dir = built.dir;
  expect(built.code, built.output).toBe(0);
  urls = builtPages(path.join(dir, '_site')).map((page) => page.url);
  server = await startStaticServer(path.join(dir, '_site'));
});

test.afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything a page did that it must not: dialogs, navigations, requests leaving the site. */
function watch(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) seen.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || !frame.url().startsWith(origin)) seen.push(`navigation: ${frame.url()}`);
  });
  return seen;
}

test('opens every page of the hostile report with no dialog, navigation, off-site request or script', async ({ page }) => {
  expect(urls.length).toBeGreaterThanOrEqual(8);
  const origin = new URL(server?.url ?? '').origin;
  const seen = watch(page, origin);
  for (const url of urls) {
    const address = new URL(url.slice(1), server?.url).href;
    await page.goto(address, { waitUntil: 'load' });
    expect(page.url(), `${url} stays where it was opened`).toBe(address);
    expect(await page.locator('script').count(), `${url} has no script`).toBe(0);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i], a[href^="file:" i]').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('root:x:0:0');
  }
  expect(seen).toEqual([]);
});

test('shows the links page with the attacker\'s links as plain text, not links that run', async ({ page }) => {
  await page.goto(new URL('hostile/links/', server?.url).href);
  const main = page.getByRole('main');
  await expect(main).toContainText('[script link](javascript:alert(document.domain))');
  await expect(main.getByRole('link', { name: 'script link' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'link to another site' })).toHaveAttribute('href', 'https://example.com/x');
  await expect(main).toContainText('<script>alert(1)</script>');
});
