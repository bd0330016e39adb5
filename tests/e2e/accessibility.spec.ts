/**
 * Every page of the built site passes axe-core with the WCAG 2.2 A and AA rules and axe's
 * best practices: zero violations, whatever their impact. Every <details> is opened first, so
 * that what a reader can unfold (a chart's data table, the notes on a figure) is checked too.
 */
import { expect, test } from './support/reused-page.ts';
import { runAxe } from './support/axe.ts';
import { builtPages } from '../built-site.ts';

for (const { url } of builtPages()) {
  test(`${url}, with every <details> open, has no axe violation (WCAG 2.2 A/AA and best practice)`, async ({ page }) => {
    await page.goto(url);
    await page.locator('details').evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
    const { violations, passes } = await runAxe(page);
    const found = violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, where: v.nodes.map((node) => node.target.join(' ')) }));
    expect(found).toEqual([]);
    // axe must have run its rules on the page, not on an empty document.
    expect(passes.length).toBeGreaterThan(10);
  });
}
