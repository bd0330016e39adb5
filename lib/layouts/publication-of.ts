import { publicationSlug, type PageItem, type Publication } from '../content/publications.ts';

/**
 * Up to this many pages, every page lists the whole publication. A larger one lists the
 * whole of it on its landing page and, on each section, the sections around it: a contents
 * list of a thousand links on each of a thousand pages would make every page, and the build,
 * grow with the square of the report.
 */
export const FULL_CONTENTS_LIMIT = 40;
const NEIGHBOURS = 5;

/** Where each page is, per set of publications: one lookup a page, not a search. */
interface Position {
  publication: Publication;
  index: number;
  numbered: { item: PageItem; number: number }[];
}
const positions = new WeakMap<readonly Publication[], Map<string, Position>>();

function positionOf(publications: readonly Publication[], inputPath: string): Position | undefined {
  let byPath = positions.get(publications);
  if (!byPath) {
    byPath = new Map();
    for (const publication of publications) {
      const numbered = publication.pages.map((item, index) => ({ item, number: index + 1 }));
      publication.pages.forEach((page, index) => byPath?.set(page.inputPath, { publication, index, numbered }));
    }
    positions.set(publications, byPath);
  }
  return byPath.get(inputPath);
}

/**
 * The publication a page belongs to, with its previous and next pages in reading order and
 * the contents list to show on it, each entry `{ item, number }` (`contentsComplete` false when it shows only nearby sections).
 * @example const here = publicationOf(data.collections.publications, data.page.inputPath)
 */
export function publicationOf<Item extends PageItem>(publications: readonly Publication<Item>[], inputPath: string) {
  const found = publicationSlug(inputPath) === undefined ? undefined : positionOf(publications, inputPath);
  if (!found) return undefined;
  const publication = found.publication as Publication<Item>;
  const { pages } = publication;
  const complete = pages.length <= FULL_CONTENTS_LIMIT || found.index === 0;
  const { numbered } = found;
  const contents = complete ? numbered : [...numbered.slice(0, 1), ...numbered.slice(Math.max(1, found.index - NEIGHBOURS), found.index + NEIGHBOURS + 1)];
  return { ...publication, previous: pages[found.index - 1], next: pages[found.index + 1], contents, contentsComplete: complete };
}
