import type { Source } from '../figures/model.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { formatDate } from '../format/format-date.ts';
import { html, type Markup } from './html.ts';

/**
 * What a publication is and how old, from its source: "Published 2013: this brochure describes
 * the plans of that time" for a document, "Page last updated 10 August 2017" for a web page.
 * A document is never said to be "updated": it was published once.
 */
export function publicationNotice(source: Source): Markup {
  const when = html`<time datetime="${source.date}">${formatDate(source.date)}</time>`;
  const opening = source.dated === 'updated' ? html`Page last updated ${when}` : html`Published ${when}`;
  return source.age ? html`${opening}: ${source.age}` : opening;
}

/** The source a page or publication names in its front matter, if it is a known one. */
export function sourceById(id: string | undefined): Source | undefined {
  return reportFigures().figures.sources.find((source) => source.id === id);
}

/**
 * The notice of the publication whose source id is given, as text, for the site's own pages.
 * @example {{ publication.landing.data.source | publicationNoticeText }} // "Published 2013: this brochure ..."
 */
export function publicationNoticeText(id: string): string {
  const source = sourceById(id);
  return source ? publicationNotice(source).text : '';
}
