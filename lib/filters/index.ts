/** Every template filter, registered by name in a loop in .eleventy.ts. */
export { formatDate } from '../format/format-date.ts';
export { pageSources } from './page-sources.ts';
export { publicationOf } from './publication-of.ts';
