/**
 * The site's own pages (home, all figures, glossary, accessibility statement, print editions,
 * sitemap...): code owned by developers, written in TypeScript like the layouts, where editors'
 * pages are Markdown in content/. Each is added to Eleventy as a virtual template of the
 * `sitepage` engine (.eleventy.ts), so no file in content/ is ever run as code, and Nunjucks is
 * never loaded: reading and compiling it cost about 5% of a rebuild.
 */
import path from 'node:path';
import type { PageData } from './page-data.ts';

/** The engine's name, which is also the virtual templates' file extension. */
export const SITE_PAGE_ENGINE = 'sitepage';

/** A page of the site's own: its front matter and how it is drawn from the site's data. */
export interface SitePage {
  /** As front matter: its title and summary, permalink, layout, pagination... */
  data: Record<string, unknown>;
  render(data: PageData): string;
}

/** The virtual template's path, relative to content/: `accessibility.sitepage` for `accessibility`. */
export function sitePageFile(name: string): string {
  return `${name}.${SITE_PAGE_ENGINE}`;
}

/**
 * The engine's compile step for Eleventy's addExtension: finds the page by its file name.
 * @param pages the site's pages by name (lib/pages/index.ts).
 */
export function sitePageCompiler(pages: Readonly<Record<string, SitePage>>) {
  return (_content: string, inputPath: string) => {
    const page = pages[path.basename(inputPath, `.${SITE_PAGE_ENGINE}`)];
    if (!page) throw new Error(`No site page is registered for ${inputPath}.`);
    return (data: PageData) => page.render(data);
  };
}
