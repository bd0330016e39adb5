/**
 * The layouts written in TypeScript, by the name pages give in `layout:`; .eleventy.ts adds each
 * as a virtual JavaScript template. In Nunjucks, with their partials, rendering them took about
 * a tenth of a 1,000-section build; as plain function calls, most of that is gone. (The site's
 * own pages went the same way: lib/pages/.)
 */
import { baseLayout } from './base-layout.ts';
import { sectionLayout } from './section-layout.ts';

export const layouts = {
  'layouts/base.11ty.js': baseLayout,
  'layouts/section.11ty.js': sectionLayout,
};

/** Layouts other layouts build on: base.11ty.js gives a page no title, date or contents. */
const INTERNAL_LAYOUTS: ReadonlySet<string> = new Set(['layouts/base.11ty.js']);

/**
 * The layouts a Markdown page may name in `layout:` (the page schema's enum): any other value
 * would be a file path, a template or another page, giving an internal error or a page
 * without its head and security policy.
 */
export const PAGE_LAYOUTS: readonly string[] = Object.keys(layouts).filter((name) => !INTERNAL_LAYOUTS.has(name));
