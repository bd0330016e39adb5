import path from 'node:path';
import { SITE_PAGES } from '../site/site-files.ts';

/**
 * Globs for Eleventy's ignores: every Nunjucks file in content/ but the site's own pages. The
 * checks refuse any other template before Eleventy reads one (find-file-problems.ts); this
 * keeps Eleventy from running one even so. (templateFormats already leaves out .11ty.js,
 * .liquid, .html and the rest; .md pages go through our shortcode engine, not a template language.)
 */
export function templateIgnores(): string[] {
  const names = SITE_PAGES.map((file) => path.posix.basename(file, '.njk'));
  return ['content/*/**/*.njk', `content/!(${names.join('|')}).njk`];
}
