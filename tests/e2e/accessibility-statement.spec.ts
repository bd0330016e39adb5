/**
 * The accessibility statement is true and plain: it lists every known problem kept in
 * _data/accessibility.yaml under "Content that is not accessible", as the model statement does,
 * and does not speak to the public in the names of testing tools.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/reused-page.ts';
import { parse } from 'yaml';

const { problems } = parse(readFileSync('_data/accessibility.yaml', 'utf8')) as { problems: { what: string; standard?: string; plan?: string }[] };

test('the statement lists every known problem from the data, with its standard and plan', async ({ page }) => {
  expect(problems.length).toBeGreaterThan(0);
  await page.goto('/accessibility/');
  const section = page.locator('h2#not-accessible + p + ul');
  await expect(page.getByRole('heading', { name: 'Content that is not accessible' })).toBeVisible();
  await expect(section.locator('> li')).toHaveCount(problems.length);
  for (const [index, problem] of problems.entries()) {
    const item = section.locator('> li').nth(index);
    await expect(item).toContainText(problem.what.replace(/\s+/g, ' '));
    if (problem.standard) await expect(item).toContainText(problem.standard);
    if (problem.plan) await expect(item).toContainText(problem.plan);
  }
});

test('the statement names no testing tool and says it is partially compliant because of the listed problems', async ({ page }) => {
  await page.goto('/accessibility/');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/axe|Nu HTML|html-validate|Playwright|Lighthouse/i);
  expect(text).toMatch(/partially compliant[^\n]*Content that is not accessible/);
});
