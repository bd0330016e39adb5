/**
 * Every page works from the keyboard, at 375 px and 1280 px wide: the skip link is the first
 * Tab stop and moves focus to the main content, and every element Tab reaches shows a visible
 * focus indicator, in view and not hidden under anything (WCAG 2.2: 2.4.1, 2.4.7, 2.4.11).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/reused-page.ts';
import { builtPages } from '../built-site.ts';
import { measureFocus, rememberUnfocusedStyles, type FocusState } from './support/focus-state.ts';

const WIDTHS = [375, 1280];

/** Tabs from the top of the page until focus leaves it or comes round again, measuring each stop. */
async function tabThrough(page: Page): Promise<FocusState[]> {
  const focusable = await page.evaluate(rememberUnfocusedStyles);
  const stops: FocusState[] = [];
  // Room for stops the browser adds itself (Chromium makes scrolling boxes focusable).
  for (let press = 0; press <= focusable + 20; press += 1) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(measureFocus);
    if (!state || state.element === stops[0]?.element) break;
    stops.push(state);
  }
  return stops;
}

for (const { url } of builtPages()) {
  test(`${url}: the skip link comes first and works, and every Tab stop shows its focus, in view and uncovered`, async ({ page }) => {
    for (const width of WIDTHS) {
      await test.step(`at ${width} px wide`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        const stops = await tabThrough(page);
        expect(stops[0]?.element, 'the first Tab stop').toMatch(/^a\.skip-link "Skip to main content"$/);
        expect(stops.length, 'Tab reached nothing after the skip link').toBeGreaterThan(1);
        expect(stops.filter((stop) => !stop.indicated || !stop.inView || stop.coveredBy)).toEqual([]);
        await page.getByRole('link', { name: 'Skip to main content' }).focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('main')).toBeFocused();
        await expect(page.locator('main')).toBeInViewport();
      });
    }
  });
}
