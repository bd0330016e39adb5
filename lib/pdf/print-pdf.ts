import type { Browser, Page } from 'playwright';

import { escapeHtml } from '../html/escape-html.ts';

/**
 * The foot of every page: the publication's notice, so a single printed page still says what it
 * is and when ("Published 2013: ..."), and the page number; Chromium fills in the classes.
 */
function footer(notice: string): string {
  const said = notice ? `${escapeHtml(notice)} · ` : '';
  return `<div style="font: 9px system-ui, sans-serif; width: 100%; text-align: center; color: #333;">
  ${said}Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
}

/** The publication notice the print edition's cover shows, as one line of text, if it has one. */
async function noticeOf(page: Page): Promise<string> {
  const notice = page.locator('.cover .publication-notice');
  return (await notice.count()) > 0 ? ((await notice.first().textContent()) ?? '').replace(/\s+/g, ' ').trim() : '';
}

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
      footerTemplate: footer(await noticeOf(page)),
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      tagged: true,
      outline: true,
    });
  } finally {
    await page.close();
  }
}
