import type { Publication } from '../content/publications.ts';
import { printEdition } from '../layouts/print-edition.ts';
import type { SitePage } from './site-page.ts';

/**
 * The print edition of each publication (/<publication>/print/): every page on one page, to
 * print or save as PDF; one page a publication, by Eleventy's pagination.
 */
export const printPages: SitePage = {
  data: {
    pagination: { data: 'collections.publications', size: 1, alias: 'publication' },
    permalink: ({ publication }: { publication: Publication }) => `/${publication.slug}/print/`,
    eleventyExcludeFromCollections: true,
    layout: false,
  },
  render: ({ publication, site, page }) => {
    if (!publication) throw new Error('A print edition was rendered without its publication.');
    return printEdition(publication, site, page);
  },
};
