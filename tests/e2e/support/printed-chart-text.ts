import type { Page } from '@playwright/test';

/** A4 less the PDF's 16 mm side margins, at 96 px an inch: the width the PDF lays a page out at. */
export const PRINTED_WIDTH = Math.round(((210 - 32) / 25.4) * 96);

/**
 * Lays the open page out as the PDF does (print styles, the printed width) and measures each
 * chart's largest text as printed: its font size times the drawing's scale, zoom included.
 * @returns for each chart, its id, the printed size of its largest text and the body text's size, in px.
 */
export async function printedChartText(page: Page): Promise<{ id: string; text: number; body: number }[]> {
  await page.setViewportSize({ width: PRINTED_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.locator('.chart svg').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const largest = Math.max(...[...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize)));
      return { id: svg.closest('figure')?.id ?? '', text: largest * scale, body: parseFloat(getComputedStyle(document.body).fontSize) };
    }),
  );
}
