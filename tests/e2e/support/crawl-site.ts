import type { Page } from '@playwright/test';

/** What a crawl of a site under a path prefix found. */
export interface Crawl {
  /** Every URL reached (pages and other files), without #fragments. */
  reached: string[];
  /** Each request or link that went outside the prefix, and each that did not answer 200. */
  problems: string[];
}

/** The address of a page, opened in the browser; any other link is a file (CSV, PDF), fetched. */
const PAGE = /\/$|\.html$/;

/**
 * Follows every link of a site from its start pages, as a reader would: each page is opened in
 * the browser (so its stylesheets and images load too), each other file (CSV, PDF) is fetched.
 * @param base the site's address with its prefix, e.g. `http://127.0.0.1:4000/report/`.
 */
export async function crawlSite(page: Page, base: string, start: string[]): Promise<Crawl> {
  const crawl: Crawl = { reached: [], problems: [] };
  await watchRequests(page, base, crawl.problems);
  const queue = [...start];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (crawl.reached.includes(url)) continue;
    crawl.reached.push(url);
    const links = await visit(page, url, crawl.problems);
    for (const link of links) {
      if (!link.startsWith(new URL(base).origin)) continue;
      if (!link.startsWith(base)) crawl.problems.push(`${url} links outside ${new URL(base).pathname}: ${link}`);
      else queue.push(link.split('#')[0] ?? link);
    }
  }
  return crawl;
}

/** Opens a page (or fetches a file) and returns the absolute URLs it links to. */
async function visit(page: Page, url: string, problems: string[]): Promise<string[]> {
  if (!PAGE.test(new URL(url).pathname)) {
    const response = await page.request.get(url);
    if (response.status() !== 200) problems.push(`HTTP ${response.status()}: ${url}`);
    return [];
  }
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) problems.push(`HTTP ${response?.status() ?? 'no answer'}: ${url}`);
  return page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/** Records every request the browser makes outside the prefix (and stops it), and every HTTP error. */
async function watchRequests(page: Page, base: string, problems: string[]): Promise<void> {
  await page.route(
    (url) => !url.href.startsWith(base),
    (route) => {
      problems.push(`${page.url()} asked for ${route.request().url()}, outside ${new URL(base).pathname}`);
      return route.abort('blockedbyclient');
    },
  );
  page.on('response', (response) => {
    if (response.status() !== 200 && response.status() !== 304) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}
