/** `npm run serve` answers a missing page as GitHub Pages does: 404, with the site's own 404 page. */
import { expect, test } from './support/reused-page.ts';

test('a missing page answers 404 with the site’s own page, its heading and its way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the list of reports' })).toHaveAttribute('href', '/');
});
