import { SITE_PAGE_ENGINE } from '../pages/site-page.ts';

/**
 * Globs for Eleventy's ignores: any file in content/ with the site pages' extension. The site's
 * own pages are virtual templates (lib/pages/), never files there; the checks refuse any file in
 * content/ but Markdown before Eleventy reads one (find-file-problems.ts), and this keeps
 * Eleventy from reading one even so. (templateFormats leaves out .njk, .11ty.js, .liquid, .html
 * and the rest; .md pages go through our shortcode engine, not a template language.)
 */
export function templateIgnores(): string[] {
  return [`content/**/*.${SITE_PAGE_ENGINE}`];
}
