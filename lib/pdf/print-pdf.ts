import type { Browser } from 'playwright';

/** Page numbers at the foot of every page but the cover; Chromium fills in the classes. */
const FOOTER = `<div style="font: 9px system-ui, sans-serif; width: 100%; text-align: center; color: #333;">
  Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/**
 * Prints one page of the built site to an A4 PDF: its print stylesheet, vector charts, page
 * numbers, a tagged structure and an outline of its headings for screen readers and bookmarks.
 * @returns the PDF's bytes.
 */
export async function printPdf(browser: Browser, url: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      tagged: true,
      outline: true,
    });
  } finally {
    await page.close();
  }
}
