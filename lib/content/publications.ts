/**
 * Groups the pages under content/ into publications: each folder is one, its index.md the
 * landing page, its other Markdown files the sections, in front-matter `order`.
 */

/** The part of an Eleventy collection item that publications need. */
export interface PageItem {
  inputPath: string;
  url: string;
  data: { title?: string; summary?: string; order?: number; source?: string; updated?: string; publication?: boolean };
}

export interface Publication<Item extends PageItem = PageItem> {
  slug: string;
  landing: Item;
  sections: Item[];
  /** Landing page then sections: the reading order for previous and next links. */
  pages: Item[];
}

/** The folder directly under content/ that a page is in, or undefined for top-level pages. */
export function publicationSlug(inputPath: string): string | undefined {
  const parts = inputPath.replace(/^\.\//, '').split('/');
  return parts[0] === 'content' && parts.length > 2 ? parts[1] : undefined;
}

/**
 * Builds the publications, oldest source first.
 * @param items every page Eleventy knows (collectionApi.getAll()).
 */
export function buildPublications<Item extends PageItem>(items: readonly Item[]): Publication<Item>[] {
  const bySlug = new Map<string, Item[]>();
  for (const item of items) {
    const slug = publicationSlug(item.inputPath);
    if (slug && item.inputPath.endsWith('.md')) bySlug.set(slug, [...(bySlug.get(slug) ?? []), item]);
  }
  const publications: Publication<Item>[] = [];
  for (const [slug, pages] of bySlug) {
    const landing = pages.find((page) => page.data.publication === true);
    if (!landing) continue;
    const sections = pages.filter((page) => page !== landing).sort(byOrder);
    publications.push({ slug, landing, sections, pages: [landing, ...sections] });
  }
  // By date, then by folder: Eleventy does not hand pages over in the same order every build.
  return publications.sort((a, b) => String(a.landing.data.updated).localeCompare(String(b.landing.data.updated)) || a.slug.localeCompare(b.slug));
}

function byOrder(a: PageItem, b: PageItem): number {
  return (a.data.order ?? 0) - (b.data.order ?? 0) || String(a.data.title).localeCompare(String(b.data.title));
}
