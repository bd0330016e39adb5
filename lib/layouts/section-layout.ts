import { formatDate } from '../format/format-date.ts';
import { publicationOf } from './publication-of.ts';
import { basePage } from './base-layout.ts';
import { contentsNav } from './contents-nav.ts';
import { differenceNotes } from './difference-notes.ts';
import { html, raw } from './html.ts';
import type { LayoutData } from './layout-data.ts';
import { pageDifferences } from './page-differences.ts';
import { publicationNotice, sourceById } from './publication-notice.ts';
import { paginationNav } from './pagination-nav.ts';
import { sourcesList } from './sources-list.ts';

/**
 * A section or landing page: its title and date, the publication's contents, the prose, the
 * sources it draws on, and links to the previous and next pages.
 */
export function sectionPage(data: LayoutData): string {
  const { page, title, summary, updated = '' } = data;
  const here = publicationOf(data.collections.publications, page.inputPath);
  const kicker = here && here.landing.url !== page.url ? html`
    <p class="section-kicker"><a href="${here.landing.url}">${here.landing.data.title}</a></p>` : '';
  // Every page of a publication says what it is and how old, from the publication's source.
  const source = sourceById(here?.landing.data.source ?? data.source);
  const notice = source ? publicationNotice(source) : html`Last updated: <time datetime="${updated}">${formatDate(updated)}</time>`;
  const notes = differenceNotes(pageDifferences(page.inputPath));
  return basePage(data, html`<article class="section">
  <header class="section-header">${kicker}
    <h1>${title}</h1>
    <p class="section-meta publication-notice">${notice}</p>${summary ? html`
    <p class="section-summary">${summary}</p>` : ''}
  </header>
  ${here ? contentsNav(here, page.url, data.pdfs) : ''}
  <div class="prose">
${raw(data.content)}
  </div>${notes.text ? html`
  ${notes}` : ''}
  ${sourcesList(page.inputPath, String(data.source))}
  ${here ? paginationNav(here) : ''}
</article>`);
}

/** The layout every Markdown page has unless it names another (layouts/section.11ty.js). */
export const sectionLayout = { render: sectionPage };
