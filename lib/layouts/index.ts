/**
 * The layouts written in TypeScript, by the name pages give in `layout:`; .eleventy.ts adds each
 * as a virtual JavaScript template. In Nunjucks, with their partials, these layouts cost
 * large reports: rendering them was about a tenth of a 1,000-section build, most of it gone as
 * plain function calls. (layouts/home.njk, used once, stays Nunjucks.)
 */
import { baseLayout, printEditionLayout } from './base-layout.ts';
import { sectionLayout } from './section-layout.ts';

export const layouts = {
  'layouts/base.11ty.js': baseLayout,
  'layouts/section.11ty.js': sectionLayout,
  'layouts/print-edition.11ty.js': printEditionLayout,
};
