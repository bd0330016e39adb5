/**
 * Runs axe-core on a page as the accessibility tests do: the WCAG 2.2 A and AA rules and axe's
 * best practices. Two settings make a run cost a third less CPU without changing what is found:
 * - legacy mode runs axe in the page itself; the default opens a second, blank page (a new
 *   renderer) to merge results from cross-origin frames, and the site has no such frames;
 * - only the violations are gathered with all their elements; for passed rules axe keeps one
 *   element each (what `passes.length` counts, rules, is unchanged).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_AND_BEST_PRACTICE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's results for the page as it is now. */
export function runAxe(page: Page): ReturnType<AxeBuilder['analyze']> {
  return new AxeBuilder({ page }).withTags(WCAG_AND_BEST_PRACTICE).options({ resultTypes: ['violations'] }).setLegacyMode().analyze();
}
