/**
 * The site's own files inside the folders editors write to: code owned by developers, so the
 * checks for editors' files pass them by name. Anything else there is an editor's file.
 */

/** The site's stylesheets in assets/. (assets/favicon.svg is checked as any image is.) */
export const SITE_ASSETS = ['assets/report.css', 'assets/charts.css', 'assets/print.css', 'assets/print-edition.css'] as const;

/** The site's own data hooks in _data/: TypeScript that Eleventy runs. Editors' data is YAML. */
export const SITE_DATA_HOOKS = ['_data/pdfs.ts'] as const;

/** Whether a root-relative path is one of the lists above. */
export function isSiteFile(file: string, list: readonly string[]): boolean {
  return list.includes(file);
}
