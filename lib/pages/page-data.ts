import type { Publication } from '../content/publications.ts';
import type { FigureTable, Source } from '../figures/model.ts';
import type { Glossary } from '../glossary/load-glossary.ts';
import type { LayoutData } from '../layouts/layout-data.ts';
import type { Headline } from '../site/headlines.ts';
import type { AccessibilityProblems } from '../site/accessibility-problems.ts';

/** A page as Eleventy lists it in collections.all. */
export interface CollectionItem {
  url: string | false;
}

/**
 * What Eleventy hands a site page: its own front matter, the page, the collections and the
 * global data from _data/ (each file already checked when read: lib/build/read-data-file.ts).
 * A report may leave out the optional files.
 */
export interface PageData extends Omit<LayoutData, 'content' | 'collections'> {
  collections: LayoutData['collections'] & { all: CollectionItem[] };
  figures?: Record<string, FigureTable>;
  sources?: Source[];
  glossary?: Glossary;
  headlines?: Headline[];
  accessibility?: AccessibilityProblems;
  /** The publication a print edition shows: its pagination's alias (print-pages.ts). */
  publication?: Publication;
}
