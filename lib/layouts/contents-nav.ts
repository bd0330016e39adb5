import type { publicationOf } from './publication-of.ts';
import { formatFileSize } from '../open-data/format-file-size.ts';
import type { PdfEdition } from '../pdf/pdf-files.ts';
import { html, type Markup } from './html.ts';

/** Where a page is in its publication (publicationOf). */
export type Here = NonNullable<ReturnType<typeof publicationOf>>;

/** The publication's contents, the current page marked, with links to the whole report on one page and as a PDF; folded on a phone. */
export function contentsNav(here: Here, url: string, pdfs: Record<string, PdfEdition> = {}): Markup {
  const items = here.contents.map(({ item, number }) => {
    const current = item.url === url ? html` aria-current="page"` : '';
    return html`
    <li value="${number}"><a href="${item.url}"${current}>${item.data.title}</a></li>`;
  });
  const all = here.contentsComplete ? '' : html`
  <p><a href="${here.landing.url}">All ${here.pages.length} sections</a></p>`;
  // On a phone the list is folded away under one line, so the page's first screen is its text;
  // on a wider screen report.css shows it open and hides the line that unfolds it.
  return html`<nav class="contents" aria-labelledby="contents-heading">
  <h2 id="contents-heading">Contents</h2>
  <details class="contents-fold">
  <summary>Contents: ${here.pages.length} sections</summary>
  <ol>${items}
  </ol>${all}
${pdfLink(here, pdfs)}
  </details>
</nav>`;
}

function pdfLink(here: Here, pdfs: Record<string, PdfEdition>): Markup {
  const edition = pdfs[here.slug];
  const print = `${here.landing.url}print/`;
  if (!edition) return html`<p class="pdf-link"><a href="${print}">Read the full report on one page</a>.</p>`;
  return html`<p class="pdf-link"><a href="${edition.href}" download>Download the full report (PDF, ${formatFileSize(edition.bytes)})</a> or <a href="${print}">read it all on one page</a>.</p>`;
}
