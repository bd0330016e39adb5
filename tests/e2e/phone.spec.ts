/**
 * At 375 px, a phone's width: every table's every cell can be read (on the screen, or in a box
 * that scrolls and shows that it does), nothing is wider than the screen, and a section's first
 * screen shows its title and first paragraph (its summary, where it has one) rather than its contents list.
 */
import { expect, test } from './support/reused-page.ts';
import { builtPages } from '../built-site.ts';
import { expectedPages } from './site-map.ts';
import { measureOverflow } from './support/measure-overflow.ts';

/** An iPhone SE's screen, the smallest common phone. */
const PHONE = { width: 375, height: 667 };

/** Each table cell that cannot be read: cut off by the screen or its cell, outside a box that shows it scrolls. */
function unreadableCells(): string[] {
  const problems: string[] = [];
  const scrollsVisibly = (box: Element | null): boolean =>
    box !== null && box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === 'auto' && getComputedStyle(box).backgroundImage.includes('gradient');
  for (const cell of document.querySelectorAll<HTMLElement>('main table th, main table td')) {
    if (!cell.textContent?.trim()) continue;
    // A stacked table's column headings are hidden but for screen readers: each value shows its own.
    const head = cell.closest('thead');
    if (head && head.getBoundingClientRect().width <= 1 && cell.closest('table')?.classList.contains('stacks')) continue;
    const rect = cell.getBoundingClientRect();
    const cut = rect.left < 0 || rect.right > window.innerWidth + 0.5 || cell.scrollWidth > cell.clientWidth + 1;
    if (cut && !scrollsVisibly(cell.closest('.table-wrap'))) problems.push(`${cell.closest('table')?.id ?? 'a table'}: "${cell.textContent.trim().slice(0, 40)}"`);
  }
  return problems;
}

for (const { url } of builtPages()) {
  test(`${url} at 375 px: every table cell can be read and nothing is wider than the screen`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(url);
    // A chart's data table is folded away until asked for: unfold them all to check them too.
    await page.locator('details').evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
    expect(await page.evaluate(unreadableCells)).toEqual([]);
    const { scrollWidth, innerWidth, widest } = await page.evaluate(measureOverflow);
    expect(widest, 'elements wider than the screen').toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
}

for (const { url, title } of expectedPages()) {
  test(`${url} at 375 px shows its title and first paragraph on the first screen`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
    // The first paragraph a reader meets: the section's summary where it has one, else its text's first.
    const first = page.locator('main :is(.section-summary, .prose > p)').first();
    const box = await first.boundingBox();
    const lineHeight = await first.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    // The paragraph starts on the first screen with at least three of its lines (or all of a shorter one).
    expect(box).not.toBeNull();
    expect((box?.y ?? PHONE.height) + Math.min(box?.height ?? 0, 3 * lineHeight)).toBeLessThanOrEqual(PHONE.height);
  });
}

test('a section’s contents fold under one line at 375 px, which unfolds them, and are open at 1280 px', async ({ page }) => {
  const [section] = expectedPages().filter((expected) => expected.url.split('/').length > 3);
  await page.setViewportSize(PHONE);
  await page.goto(section?.url ?? '/');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const fold = contents.locator('summary');
  await expect(fold).toBeVisible();
  await expect(fold).toHaveText(/^Contents: \d+ sections$/);
  await expect(contents.getByRole('listitem').first()).toBeHidden();
  await fold.click();
  await expect(contents.getByRole('listitem').first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(section?.url ?? '/');
  await expect(contents.locator('summary')).toBeHidden();
  await expect(contents.getByRole('heading', { name: 'Contents' })).toBeVisible();
  await expect(contents.getByRole('listitem').last()).toBeVisible();
});
