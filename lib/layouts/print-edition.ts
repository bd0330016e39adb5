import type { Publication } from '../content/publications.ts';
import { demoteHeadings } from './demote-headings.ts';
import { openDetails } from './open-details.ts';
import { publicationSources } from './publication-sources.ts';
import { formatDate } from '../format/format-date.ts';
import { prefixIds } from '../html/prefix-ids.ts';
import { basePage } from './base-layout.ts';
import { differenceNotes } from './difference-notes.ts';
import { pageDifferences } from './page-differences.ts';
import { publicationNotice, sourceById } from './publication-notice.ts';
import { html, raw, type Markup } from './html.ts';
import type { PageHead, SiteSettings } from './layout-data.ts';

/** A publication's page as Eleventy hands it over: its rendered content is there once rendered. */
type PrintedPage = Publication['pages'][number] & { templateContent?: string };

/**
 * A publication on one page, to print or save as PDF (/<publication>/print/, what `npm run pdf`
 * prints): a cover, the contents, every page with its headings one level down and its data
 * tables open, and every source. lib/pages/print-pages.ts makes one a publication. `npm run pdf` writes
 * the page each part starts on into the contents' empty `data-page-of` spans before printing.
 * @returns the whole HTML page.
 * @example {{ publication | printEdition(site, page) | safe }}
 */
export function printEdition(publication: Publication<PrintedPage>, site: SiteSettings, page: PageHead['page']): string {
  const { title, summary } = publication.landing.data;
  return basePage({ site, page, title: `${title} (full report)`, summary }, printedPublication(site, publication), 'print');
}

function printedPublication(site: SiteSettings, publication: Publication<PrintedPage>): Markup {
  const { landing, pages } = publication;
  return html`<section class="cover">
  <p class="cover-publisher">${site.publisher}</p>
  <h1>${landing.data.title}</h1>
  <p class="cover-summary">${landing.data.summary}</p>
  <p class="cover-date publication-notice">${noticeOf(landing.data.source, landing.data.updated)}</p>
  <p class="cover-url">Read online at <a class="spelt-out" href="${landing.url}">${site.url}${landing.url}</a></p>
</section>
<nav class="print-contents" aria-labelledby="print-contents-heading">
  <h2 id="print-contents-heading">Contents</h2>
  <ol>${pages.map((item, index) => html`
    <li><a href="#part-${index + 1}"><span class="print-contents-title">${item.data.title}</span> <span class="print-contents-page" data-page-of="part-${index + 1}"></span></a></li>`)}
  </ol>
</nav>${pages.map(printedPart)}
<section class="print-part sources" aria-labelledby="print-sources-heading">
  <h2 id="print-sources-heading">Sources</h2>
  <ul>${publicationSources(pages).map((source) => html`
    <li><cite>${source.title}</cite>, ${source.publisher}, ${formatDate(source.date)}${source.kind ? html`. ${source.kind}` : ''}.</li>`)}
  </ul>
</section>`;
}

/** The publication's notice ("Published 2013: ..."), or its last update when its source is unknown. */
function noticeOf(sourceId: string | undefined, updated = ''): Markup {
  const source = sourceById(sourceId);
  return source ? publicationNotice(source) : html`Last updated: ${formatDate(updated)}`;
}

/** One page of the publication: its title as a part heading, its content under it, its ids made unique on the page. */
function printedPart(item: PrintedPage, index: number): Markup {
  const part = `part-${index + 1}`;
  const notes = differenceNotes(pageDifferences(item.inputPath), part).text;
  const content = prefixIds(openDetails(demoteHeadings(`${item.templateContent ?? ''}${notes}`)), `p${index + 1}`);
  return html`
<section class="print-part" aria-labelledby="${part}">
  <h2 id="${part}">${item.data.title}</h2>${item.data.summary ? html`
  <p class="section-summary">${item.data.summary}</p>` : ''}
  ${raw(content)}
</section>`;
}
