/**
 * The layouts written in TypeScript, by the name pages give in `layout:`; .eleventy.ts adds each
 * as a virtual JavaScript template. In Nunjucks, with their partials, rendering them took about
 * a tenth of a 1,000-section build; as plain function calls, most of that is gone.
 * (layouts/home.njk, used once, stays Nunjucks.)
 */
import { baseLayout } from './base-layout.ts';
import { sectionLayout } from './section-layout.ts';

export const layouts = {
  'layouts/base.11ty.js': baseLayout,
  'layouts/section.11ty.js': sectionLayout,
};
