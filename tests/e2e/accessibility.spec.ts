/**
 * Every page of the built site passes axe-core with the WCAG 2.2 A and AA rules and axe's
 * best practices: zero violations, whatever their impact.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './support/reused-page.ts';
import { builtPages } from '../built-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const { url } of builtPages()) {
  test(`${url} has no axe violation (WCAG 2.2 A/AA and best practice)`, async ({ page }) => {
    await page.goto(url);
    const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, where: v.nodes.map((node) => node.target.join(' ')) }));
    expect(found).toEqual([]);
    // axe must have run its rules on the page, not on an empty document.
    expect(passes.length).toBeGreaterThan(10);
  });
}
