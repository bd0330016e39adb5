import type { Publication } from '../content/publications.ts';
import type { PdfEdition } from '../pdf/pdf-files.ts';

import type { SiteSettings } from '../site/load-site-settings.ts';

export type { SiteSettings };

/** What Eleventy hands a layout: the page's front matter and the site's data, with the content rendered so far. */
export interface LayoutData {
  content: string;
  site: SiteSettings;
  page: { url: string; inputPath: string };
  title?: string;
  summary?: string;
  updated?: string;
  source?: string;
  collections: { publications: Publication[] };
  /** The PDF editions made so far (_data/pdfs.ts): none in a report without that data file. */
  pdfs?: Record<string, PdfEdition>;
}

/** What the page around the content needs: the head, the site header and footer. */
export type PageHead = Pick<LayoutData, 'site' | 'page' | 'title' | 'summary'>;
