import { expect, test } from './support/reused-page.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectedPages, yamlColumns, yamlTotal } from './site-map.ts';

const pages = expectedPages();

test('the home page lists every publication', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const landing of pages.filter((p) => p.url.split('/').length === 3)) {
    await expect(page.getByRole('link', { name: landing.title, exact: true })).toHaveAttribute('href', landing.url);
  }
});

for (const expected of pages) {
  test(`${expected.url} loads with its heading, landmarks, sources and the publication's date`, async ({ page }) => {
    const response = await page.goto(expected.url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.title);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('listitem')).toHaveCount(pages.filter((p) => p.url.startsWith(expected.url.split('/').slice(0, 2).join('/') + '/')).length);
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.locator('.section-header .publication-notice')).toHaveText(/^(Published 2013: this brochure describes the plans of that time|Page last updated 10 August 2017)$/);
    await expect(page.getByRole('link', { name: /Tell us what you think/ })).toHaveAttribute('href', /^mailto:/);
  });
}

test('following Next from each landing page reaches every section in order', async ({ page }) => {
  const visited: string[] = [];
  for (const landing of pages.filter((p) => p.url.split('/').length === 3)) {
    await page.goto(landing.url);
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('list').getByRole('link');
    const contentsOrder = await contents.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    const followed: string[] = [];
    for (;;) {
      followed.push(new URL(page.url()).pathname);
      const next = page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /^Next\b/ });
      if ((await next.count()) === 0) break;
      const href = await next.evaluate((link) => (link as HTMLAnchorElement).href);
      await next.click();
      // A click returns once navigation starts; wait for the next page itself to have loaded,
      // or its links would be looked for in a document still loading.
      await page.waitForURL(href, { waitUntil: 'load' });
    }
    expect(followed, `Next from ${landing.url} follows the contents`).toEqual(contentsOrder);
    visited.push(...followed);
  }
  expect(visited.sort()).toEqual(pages.map((p) => p.url).sort());
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(pages[0]?.url ?? '/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const table of ['savings', 'net-fiscal-benefits']) {
  test(`the ${table} total on the page equals the sum of its YAML rows, under its YAML column headings`, async ({ page }) => {
    const { min, max } = yamlTotal(table);
    for (const candidate of pages) {
      await page.goto(candidate.url);
      const totalCell = page.locator(`#table-${table} tfoot td.num`);
      if ((await totalCell.count()) === 0) continue;
      const text = await totalCell.innerText();
      const numbers = [...text.matchAll(/£([\d.]+)m/g)].map((m) => Number(m[1]));
      expect(numbers).toEqual(min === max ? [min] : [min, max]);
      const { labels, values } = yamlColumns(table);
      const headings = page.locator(`#table-${table}`).getByRole('columnheader');
      await expect(headings.nth(0)).toHaveText(labels);
      await expect(headings.nth(1)).toHaveText(values);
      return;
    }
    throw new Error(`no page shows the ${table} table`);
  });
}

test('every figure cited in prose for a total shows the computed total', async ({ page }) => {
  const savings = yamlTotal('savings');
  for (const candidate of pages) {
    await page.goto(candidate.url);
    for (const value of await page.locator('data[data-figure="savings.total"]').evaluateAll((els) => els.map((el) => el.getAttribute('value')))) {
      expect(Number(value)).toBe(savings.min);
    }
  }
});

test('the footer of every page links to the accessibility statement, which says how to report a problem', async ({ page }) => {
  const { feedback } = parse(readFileSync('_data/site.yaml', 'utf8')) as { feedback: { email: string } };
  for (const candidate of ['/', ...pages.map((p) => p.url), '/figures/']) {
    await page.goto(candidate);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute('href', '/accessibility/');
  }
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.getByRole('main').getByRole('link', { name: feedback.email })).toHaveAttribute('href', `mailto:${feedback.email}?subject=Accessibility`);
  await expect(page.getByRole('main')).toContainText('WCAG) version 2.2 at level AA');
});
