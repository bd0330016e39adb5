/**
 * The site's own pages by name; .eleventy.ts adds each as a virtual template `<name>.sitepage`
 * in content/ (site-page.ts).
 */
import { reportDataFile } from './report-data-file.ts';
import { accessibilityPage } from './accessibility-page.ts';
import { figuresPage } from './figures-page.ts';
import { glossaryPage } from './glossary-page.ts';
import { homePage } from './home-page.ts';
import { notFoundPage } from './not-found-page.ts';
import { printPages } from './print-pages.ts';
import type { SitePage } from './site-page.ts';
import { headers, robots, sitemap } from './text-files.ts';

export const sitePages: Readonly<Record<string, SitePage>> = {
  index: homePage,
  accessibility: accessibilityPage,
  figures: figuresPage,
  glossary: glossaryPage,
  404: notFoundPage,
  print: printPages,
  sitemap,
  robots,
  headers,
  'admin-report-data': reportDataFile,
};
