import { publicationSlug, type PageItem, type Publication } from '../content/publications.ts';

/**
 * The publication a page belongs to, with its previous and next pages in reading order.
 * @example {% set here = collections.publications | publicationOf(page.inputPath) %}
 */
export function publicationOf<Item extends PageItem>(publications: readonly Publication<Item>[], inputPath: string) {
  const publication = publications.find((candidate) => candidate.slug === publicationSlug(inputPath));
  if (!publication) return undefined;
  const index = publication.pages.findIndex((item) => item.inputPath === inputPath);
  return { ...publication, previous: publication.pages[index - 1], next: publication.pages[index + 1] };
}
