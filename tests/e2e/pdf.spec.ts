import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { citedTables, expectedPages, yamlTotal } from './site-map.ts';

const publications = [...new Set(expectedPages().map((page) => page.url.split('/')[1] ?? ''))];

/** A table's total as the page prints it: "£9.92m", or "£65m to £70m" for a range. */
function printedTotal(table: string): string {
  const { min, max } = yamlTotal(table);
  return min === max ? `£${min}m` : `£${min}m to £${max}m`;
}

test('the PDF editions show figure tables, so the totals below are checked at all', () => {
  expect(publications.flatMap(citedTables).length).toBeGreaterThan(0);
});

for (const slug of publications) {
  test.describe(`the PDF edition of ${slug}`, () => {
    const file = `_site/${slug}.pdf`;

    test('is linked from its landing page with its real size', async ({ page }) => {
      await page.goto(`/${slug}/`);
      const link = page.getByRole('link', { name: /^Download the full report \(PDF, [\d.]+ KB\)$/ });
      await expect(link).toHaveAttribute('href', `/${slug}.pdf`);
      const kilobytes = Number(/PDF, ([\d.]+) KB/.exec(await link.innerText())?.[1]);
      expect(Math.abs(kilobytes - statSync(file).size / 1024)).toBeLessThan(1);
      const response = await page.request.get(`/${slug}.pdf`);
      expect(response.headers()['content-type']).toContain('application/pdf');
    });

    test('is A4 and holds every section title and the totals it shows', async () => {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
      const [width, height] = (await pdf.getPage(1)).view.slice(2);
      expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([596, 843]);
      const { text } = await extractText(pdf, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      for (const section of expectedPages().filter((page) => page.url.startsWith(`/${slug}/`))) {
        expect(flat).toContain(section.title.replace(/\s+/g, ' '));
      }
      for (const table of citedTables(slug ?? '')) expect(flat).toContain(printedTotal(table));
      expect(pdf.numPages).toBeGreaterThan(expectedPages().filter((page) => page.url.startsWith(`/${slug}/`)).length);
    });

    test('says on every page what the publication is and when', async () => {
      const notice = slug === 'tri-borough-story' ? 'Published 2013: this brochure describes the plans of that time' : 'Page last updated 10 August 2017';
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
      const { text } = await extractText(pdf, { mergePages: false });
      expect(text.length).toBe(pdf.numPages);
      for (const [index, pageText] of text.entries()) expect(pageText.replace(/\s+/g, ' '), `page ${index + 1}`).toContain(notice);
    });
  });
}
