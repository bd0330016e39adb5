/**
 * What tells a reader how to read the report (issue #12, parts 2 and 3), in Chromium with
 * JavaScript off: each term's first use on a page is a definition whose accessible name is the
 * word and whose description is its meaning, reachable by keyboard; every page says what its
 * publication is and when; sections open with their summary; the home page's headline figures
 * come from the data and lead to their sections; differing figures are explained.
 */
import { expect, test } from './support/reused-page.ts';
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { expectedPages } from './site-map.ts';

test.use({ javaScriptEnabled: false });

interface Term { id: string; term: string; definition: string }
const glossary = parse(readFileSync('_data/glossary.yaml', 'utf8')) as { terms: Term[] };
const term = (id: string): Term => glossary.terms.find((entry) => entry.id === id) as Term;
const NOTICES: Record<string, string> = {
  'tri-borough-story': 'Published 2013: this brochure describes the plans of that time',
  'community-budgets': 'Page last updated 10 August 2017',
};

test('a term on first use has its word as accessible name and its meaning as description, and leads to the glossary', async ({ page }) => {
  await page.goto('/tri-borough-story/working-with-government/');
  const hra = term('housing-revenue-account');
  const link = page.getByRole('main').getByRole('link', { name: 'Housing Revenue Account', exact: true });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAccessibleDescription(`${hra.term}: ${hra.definition}`);
  await expect(page.locator(`dfn#term-${hra.id}`).getByRole('link')).toHaveAccessibleName(hra.term);
  await expect(page.getByText(hra.definition)).toBeVisible();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#housing-revenue-account$/);
  await expect(page.getByRole('definition').filter({ hasText: hra.definition })).toHaveCount(1);
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - term:
        - term: ${hra.term}
      - definition: ${hra.definition} As used in The Tri-borough story, 2013.
  `);
});

test('each page marks a term only on its first use', async ({ page }) => {
  await page.goto('/community-budgets/');
  const budget = term('community-budget');
  await expect(page.locator('dfn.term')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'community budgets', exact: true })).toHaveAccessibleDescription(`${budget.term}: ${budget.definition}`);
  await expect(page.locator('main').getByText(/community budgets/)).not.toHaveCount(0);
});

for (const expected of expectedPages()) {
  const publication = expected.url.split('/')[1] ?? '';
  const { summary } = matter(readFileSync(expected.file, 'utf8')).data as { summary: string };
  test(`${expected.url} says what its publication is and when, then opens with its summary`, async ({ page }) => {
    await page.goto(expected.url);
    const header = page.getByRole('main').locator('.section-header');
    await expect(header.locator('.publication-notice')).toHaveText(NOTICES[publication] ?? 'no notice expected');
    await expect(header.locator('.section-summary')).toHaveText(summary);
  });
}

test('the print editions say what each publication is and when on their cover', async ({ page }) => {
  for (const [publication, notice] of Object.entries(NOTICES)) {
    await page.goto(`/${publication}/print/`);
    await expect(page.locator('.cover .publication-notice')).toHaveText(notice);
  }
});

test('the home page shows the headline figures from the data, each leading to its section', async ({ page }) => {
  await page.goto('/');
  const savings = parse(readFileSync('_data/figures/savings.yaml', 'utf8')) as { total: { stated: number } };
  const headlines = page.locator('.headline-figures li');
  await expect(headlines).toHaveCount(4);
  await expect(headlines.locator('data[data-figure="savings.total"]')).toHaveAttribute('value', String(savings.total.stated));
  for (const notice of Object.values(NOTICES)) await expect(page.getByText(notice)).toBeVisible();
  const links = await headlines.getByRole('link').evaluateAll((found) => found.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  expect(links).toHaveLength(4);
  for (const href of links) {
    const [url = '', id = ''] = href.split('#');
    await page.goto(url);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
});

test('a page showing figures its documents state differently says why, with each source and date', async ({ page }) => {
  await page.goto('/community-budgets/achievements/');
  const region = page.getByRole('region', { name: 'Why these figures differ' });
  const weeks = region.locator('.difference', { has: page.getByRole('heading', { name: 'Length of care proceedings before the pilot' }) });
  await expect(weeks.getByRole('listitem')).toHaveText(['58 weeks, The Tri-borough story, 2013', '49 weeks, Community budgets, 10 August 2017']);
  await expect(weeks.getByRole('paragraph')).toContainText('average');
  await page.goto('/tri-borough-story/working-with-government/');
  await expect(page.getByRole('region', { name: 'Why these figures differ' }).getByRole('heading', { level: 3 })).toHaveCount(6);
});
