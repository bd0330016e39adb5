import type { Browser, Page } from 'playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import { escapeHtml } from '../html/escape-html.ts';
import { contentsPages, firstPageHolding } from './contents-pages.ts';
import { outlinePages, partPages } from './outline-pages.ts';
import { publicHref } from './public-href.ts';

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

/** Where the site being printed is served, and where it is published. */
export interface PrintAddresses {
  /** The printing server's address with the path prefix, ending in `/`. */
  localBase: string;
  /** The published site's address (site url + path prefix), ending in `/`. */
  publicBase: string;
}

/** A part of the print edition as its contents list names it: `part-2`, "Two years on". */
interface ContentsEntry {
  id: string;
  title: string;
}

/** Prints at most this many times, until the page numbers in the contents are those the PDF has. */
const MAX_PRINTS = 3;

/**
 * Prints a print edition (/<publication>/print/) to an A4 PDF, then again with the page each
 * part starts on in its contents, read back from the PDF's outline (else its text), until the
 * numbers printed are those the PDF has (a number written in could move a line).
 * Every link points at the published site; the PDF is tagged and has an outline of its headings.
 * @returns the PDF's bytes.
 */
export async function printEditionPdf(browser: Browser, url: string, addresses: PrintAddresses): Promise<Buffer> {
  let numbers: Record<string, number> = {};
  let printed = await printPdf(browser, url, addresses);
  for (let prints = 1; ; prints++) {
    const found = await partPageNumbers(printed.pdf, printed.contents);
    if (JSON.stringify(found) === JSON.stringify(numbers) || prints === MAX_PRINTS) return printed.pdf;
    numbers = found;
    printed = await printPdf(browser, url, addresses, numbers);
  }
}

/** The page each contents entry starts on in a printed PDF, by part id. */
async function partPageNumbers(bytes: Buffer, contents: ContentsEntry[]): Promise<Record<string, number>> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const titles = contents.map((entry) => entry.title);
  const fromOutline = partPages(await outlinePages(pdf), titles);
  // From the text, the parts start on or after the page the contents list ends on.
  const fromText = contentsPages(text, titles, firstPageHolding(text, titles.at(-1) ?? '') ?? 1);
  const numbers: Record<string, number> = {};
  contents.forEach((entry, index) => {
    const page = fromOutline[index] ?? fromText[index];
    if (page !== undefined) numbers[entry.id] = page;
  });
  return numbers;
}

/**
 * Prints one page of the built site to an A4 PDF: its print stylesheet, vector charts, page
 * numbers, public links, a tagged structure and an outline of its headings for bookmarks.
 * @param pageNumbers the page each contents entry starts on, by part id, to write into the contents.
 */
export async function printPdf(browser: Browser, url: string, addresses: PrintAddresses, pageNumbers: Record<string, number> = {}): Promise<{ pdf: Buffer; contents: ContentsEntry[] }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await page.emulateMedia({ media: 'print' });
    await usePublicLinks(page, addresses);
    const contents = await fillContentsPages(page, pageNumbers);
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(await noticeOf(page)),
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      tagged: true,
      outline: true,
    });
    return { pdf, contents };
  } finally {
    await page.close();
  }
}

/** Points every link that is not within the document at the published site. */
async function usePublicLinks(page: Page, { localBase, publicBase }: PrintAddresses): Promise<void> {
  const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => ({ raw: anchor.getAttribute('href') ?? '', href: (anchor as HTMLAnchorElement).href })));
  const hrefs = links.map(({ raw, href }) => (raw.startsWith('#') ? raw : publicHref(href, localBase, publicBase)));
  await page.$$eval('a[href]', (anchors, values) => anchors.forEach((anchor, index) => anchor.setAttribute('href', values[index] ?? '')), hrefs);
  // A link that spells out its address (the cover's) shows the one it now points at, prefix and all.
  await page.$$eval('a.spelt-out', (anchors) => anchors.forEach((anchor) => (anchor.textContent = anchor.getAttribute('href'))));
}

/** Writes each part's page number into the contents list, and reads the list's parts. */
async function fillContentsPages(page: Page, numbers: Record<string, number>): Promise<ContentsEntry[]> {
  return page.$$eval(
    '.print-contents [data-page-of]',
    (spans, given) =>
      spans.map((span) => {
        const id = span.getAttribute('data-page-of') ?? '';
        if (given[id] !== undefined) span.textContent = String(given[id]);
        return { id, title: span.closest('li')?.querySelector('.print-contents-title')?.textContent ?? '' };
      }),
    numbers,
  );
}
