import type { BrowserContext, Page } from '@playwright/test';

/**
 * Starts recording what a reader would not want from a page: console errors, uncaught script
 * errors, failed requests, HTTP errors, and any request that leaves the site's origin (each
 * is stopped before it goes out: the report must work offline and must not track readers).
 * @param origin the site's origin, e.g. `http://127.0.0.1:8181`.
 * @returns the list of problems, filled in as the page loads.
 */
export async function watchPage(context: BrowserContext, page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      problems.push(`request left the site: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
