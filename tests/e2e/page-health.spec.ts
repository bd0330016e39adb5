/**
 * Every page of the built site loads cleanly: no console error, no script error, no failed
 * request, no HTTP error, and nothing fetched from outside the site.
 */
import { expect, test } from './support/reused-page.ts';
import { builtPages } from '../built-site.ts';
import { watchPage } from './support/watch-page.ts';

for (const { url } of builtPages()) {
  test(`${url} loads with no console error, failed request or request outside the site`, async ({ context, page, baseURL }) => {
    const problems = await watchPage(context, page, new URL(baseURL ?? '').origin);
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(problems).toEqual([]);
  });
}
