/** Every template filter the Nunjucks pages use, registered by name in a loop in .eleventy.ts. */
export { formatDate } from '../format/format-date.ts';
export { printEdition } from '../layouts/print-edition.ts';
export { differenceNotesHtml } from '../layouts/difference-notes-html.ts';
export { publicationNoticeText } from '../layouts/publication-notice.ts';
