import { DATE_PATTERN, ID_PATTERN, text } from '../figures/schema.ts';
import { PAGE_LAYOUTS } from '../layouts/index.ts';

/** The front matter every Markdown page under content/ carries. */
export const pageSchema = {
  type: 'object',
  description: 'the page’s fields in its front matter: title:, order:, summary:, source: and updated:',
  required: ['title', 'order', 'summary', 'source', 'updated'],
  additionalProperties: false,
  properties: {
    title: text('the page title, like Two years on'),
    order: { type: 'integer', minimum: 0, description: 'its place in the publication, like 2 (0 for the landing page)' },
    summary: { ...text('one or two sentences for search results, under 200 characters'), maxLength: 200 },
    source: { type: 'string', pattern: ID_PATTERN, description: 'the id of its source in _data/sources.yaml' },
    updated: { type: 'string', pattern: DATE_PATTERN, description: 'when it was last updated, like "2017-08-10"' },
    publication: { type: 'boolean', description: 'true on a publication’s landing page (index.md)' },
    layout: { type: 'string', enum: PAGE_LAYOUTS, description: `the layout, which is ${PAGE_LAYOUTS[0]} unless set (lib/layouts/index.ts)` },
  },
} as const;
