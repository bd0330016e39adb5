/** Every template filter, registered by name in a loop in .eleventy.ts. */
export { formatDate } from '../format/format-date.ts';
export { pageSources } from './page-sources.ts';
export { publicationOf } from './publication-of.ts';
export { prefixIds } from '../html/prefix-ids.ts';
export { demoteHeadings } from './demote-headings.ts';
export { formatFileSize } from '../open-data/format-file-size.ts';
export { openDetails } from './open-details.ts';
export { publicationSources } from './publication-sources.ts';
export { printEdition } from '../layouts/print-edition.ts';
