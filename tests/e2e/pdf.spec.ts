import { readFileSync, statSync } from 'node:fs';
import { expect, test } from './support/reused-page.ts';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { citedTables, expectedPages, yamlTotal } from './site-map.ts';
import { printedChartText } from './support/printed-chart-text.ts';
import { readPdf, squash } from './support/read-pdf.ts';

/** The site's address, as _data/site.yaml gives it: every link in a PDF that leaves it goes there. */
const SITE_URL = String((parse(readFileSync('_data/site.yaml', 'utf8')) as { url: string }).url).replace(/\/$/, '');
/**
 * Pages the shorter publication may take: its text (about 330 words), a chart with its data table,
 * and the notes on why its sources' figures differ.
 */
const MAX_PAGES: Record<string, number> = { 'community-budgets': 5 };

/**
 * A section's entry in the PDF's outline, its title compared spaces and all (Chromium once dropped
 * the space where a heading's line wrapped); the first two entries are the cover's and the contents'.
 */
function bookmarkOf<T extends { title: string }>(outline: readonly T[], title: string): T | undefined {
  const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();
  return outline.find((item, index) => index > 1 && spaced(item.title) === spaced(title));
}

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

for (const slug of publications) {
  test.describe(`the PDF edition of ${slug}, read back`, () => {
    const file = `_site/${slug}.pdf`;
    const sections = expectedPages().filter((page) => page.url.startsWith(`/${slug}/`));

    test('links only within itself or to the published site, never to the machine that printed it', async () => {
      const { links } = await readPdf(file);
      expect(links.length).toBeGreaterThan(0);
      const outside = links.filter((link) => !link.startsWith('#') && !link.startsWith(`${SITE_URL}/`));
      expect(outside).toEqual([]);
      expect(links.filter((link) => /127\.0\.0\.1|localhost/.test(link))).toEqual([]);
    });

    test('prints no heading link ("#") and a title that does not repeat itself', async () => {
      const { pages } = await readPdf(file);
      const text = pages.join(' ');
      expect(text).not.toContain('#');
      expect(text).not.toContain('Link to the section');
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
      const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
      expect(info.Title).toMatch(/^[^:]+(: [^:]+)? \(full report\)/);
    });

    test('has an outline entry for every section, titled as the section is, at the page its heading is printed on', async () => {
      const { outline, pages } = await readPdf(file);
      for (const section of sections) {
        const entry = bookmarkOf(outline, section.title);
        expect(entry, `no outline entry for "${section.title}"`).toBeDefined();
        expect(squash(pages[(entry?.page ?? 0) - 1] ?? '')).toContain(squash(section.title));
      }
    });

    test('lists every section in its contents with the page its heading is printed on', async () => {
      const { pages } = await readPdf(file);
      const contents = pages[0] ?? '';
      expect(contents).toContain('Contents');
      // The page the contents list ends on: the first to hold the last section's title.
      const contentsEnd = pages.findIndex((text) => squash(text).includes(squash(sections.at(-1)?.title ?? ''))) + 1;
      for (const section of sections) {
        const title = section.title.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
        const found = new RegExp(`${title}\\s*(\\d+)`).exec(contents);
        expect(found, `"${section.title}" has no page number in the contents`).not.toBeNull();
        const printedOn = Number(found?.[1]);
        expect(squash(pages[printedOn - 1] ?? ''), `"${section.title}" is not on page ${printedOn}`).toContain(squash(section.title));
        // Not a page late: the pages between the contents list and this one do not hold the title.
        // (npm run pdf takes the numbers from the PDF's bookmarks: this reads the printed text instead.)
        for (let earlier = contentsEnd + 1; earlier < printedOn; earlier++) {
          expect(squash(pages[earlier - 1] ?? ''), `"${section.title}" is already on page ${earlier}`).not.toContain(squash(section.title));
        }
      }
    });

    test(`has no page of the report under a third full but the last of a part${MAX_PAGES[slug] ? `, and at most ${MAX_PAGES[slug]} pages` : ''}`, async () => {
      const { pages } = await readPdf(file);
      if (MAX_PAGES[slug]) expect(pages.length).toBeLessThanOrEqual(MAX_PAGES[slug] ?? 0);
      const starts = new Set(sections.map((section) => pages.findIndex((text, index) => index > 0 && squash(text).startsWith(squash(section.title)))));
      // A page before a part's first page is the last of the part before it, which may be short.
      const short = pages.filter((text, index) => index < pages.length - 1 && !starts.has(index + 1) && text.replace(/Page \d+ of \d+/, '').trim().length < 600);
      expect(short.map((text) => text.slice(0, 80))).toEqual([]);
    });
  });
}

test('charts print with text no larger than the body text', async ({ page }) => {
  for (const slug of publications) {
    await page.goto(`/${slug}/print/`);
    const sizes = await printedChartText(page);
    expect(sizes.length).toBeGreaterThan(0);
    for (const { id, text, body } of sizes) expect(text, id).toBeLessThanOrEqual(body);
  }
});
