import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The folder `npm run build` writes the site into. */
export const SITE_DIR = '_site';

/** An HTML page of a built site: the path a browser asks for, and the file on disk. */
export interface BuiltPage {
  url: string;
  file: string;
}

/**
 * Every HTML page of a built site, found on disk (never a hard-coded list): each `index.html`
 * as its folder's URL, any other `.html` file (such as 404.html) as itself.
 * @param dir the built site's folder.
 * @returns the pages sorted by URL, `/` first.
 */
export function builtPages(dir: string = SITE_DIR): BuiltPage[] {
  return htmlFiles(dir)
    .map((file) => ({ url: urlOf(path.relative(dir, file)), file }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The site path a browser asks for to get this file, from its path relative to the site folder. */
function urlOf(relative: string): string {
  const url = `/${relative.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** Folders of a built site that hold no report pages: admin/ is Decap CMS (tests/e2e/cms.spec.ts). */
const NOT_REPORT_PAGES = ['admin'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !NOT_REPORT_PAGES.includes(path.relative(dir, file).split(path.sep)[0] ?? ''));
}
