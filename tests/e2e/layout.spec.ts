/**
 * Every page fits a phone (375 px) and a desktop (1280 px) without scrolling sideways. A page
 * that does not gets a full-page screenshot in the test results, to see what sticks out
 * (`npm run screenshots` takes the report's pages for a person to look over).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/reused-page.ts';
import { builtPages } from '../built-site.ts';
import { measureOverflow } from './support/measure-overflow.ts';

const WIDTHS = [375, 1280];

/** Saves a full-page screenshot into the test's output folder and attaches it to the report. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

for (const { url } of builtPages()) {
  test(`${url} does not scroll sideways at ${WIDTHS.join(' px or ')} px wide`, async ({ page }) => {
    for (const width of WIDTHS) {
      await test.step(`at ${width} px wide`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        const { scrollWidth, innerWidth, widest } = await page.evaluate(measureOverflow);
        if (scrollWidth > innerWidth) await keepScreenshot(page, `${url.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}px`);
        expect.soft(scrollWidth, `wider than the window at ${width} px: ${widest.join(', ')}`).toBeLessThanOrEqual(innerWidth);
      });
    }
  });
}
