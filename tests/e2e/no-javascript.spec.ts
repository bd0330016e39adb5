/**
 * With JavaScript off, every page still shows all its content: headings, figures, tables and
 * charts (drawn as SVG at build time, never in the browser).
 */
import { expect, test } from './support/reused-page.ts';
import { builtPages } from '../built-site.ts';
import { citedContent, servedContent, shownContent } from './support/page-content.ts';

test.use({ javaScriptEnabled: false });

for (const { url, file } of builtPages()) {
  test(`${url} shows all its headings, figures, tables and charts with JavaScript off`, async ({ page }) => {
    const served = servedContent(file);
    const cited = citedContent(url);
    expect(served.headings, 'a page without a heading').toBeGreaterThan(0);
    expect(served.chartDrawings, 'a chart without its SVG').toBe(served.charts);
    if (cited) {
      expect(served.charts, 'charts the Markdown cites').toBe(cited.charts);
      expect(served.figures, 'figures the Markdown cites').toBeGreaterThanOrEqual(cited.figures);
      expect(served.tables, 'tables the Markdown cites').toBeGreaterThanOrEqual(cited.tables);
    }
    await page.goto(url);
    expect(await page.evaluate(shownContent)).toEqual(served);
  });
}
