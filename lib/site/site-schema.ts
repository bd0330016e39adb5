/**
 * The JSON Schema of _data/site.yaml, the settings of the whole site. Each `description` is the
 * help an editor sees when a field is wrong or missing, so keep them plain and give an example.
 */
import { text } from '../figures/schema.ts';

export const siteSchema = {
  type: 'object',
  required: ['title', 'url', 'language', 'publisher', 'description', 'feedback'],
  additionalProperties: false,
  properties: {
    title: text('the name of the site, like Tri-borough reports'),
    url: {
      type: 'string',
      // No slash at the end: page addresses, which start with one, are added to it.
      // https only: the canonical links, sitemap and PDFs' links must not send readers over plain HTTP.
      pattern: '^https://[^\\s/]+(/[^\\s]*[^\\s/])?$',
      description: 'the address the site is published at, starting https:// and with no / at the end, like https://reports.example.gov.uk',
    },
    language: {
      type: 'string',
      pattern: '^[a-z]{2,3}(-[A-Z]{2})?$',
      description: 'the language of the pages as a language code, like en-GB',
    },
    publisher: text('who publishes the report, like Westminster City Council'),
    description: text('one sentence saying what the site is about, for search engines and link previews'),
    feedback: {
      type: 'object',
      required: ['email'],
      additionalProperties: false,
      description: 'where readers send feedback, like { email: feedback@example.gov.uk }',
      properties: {
        email: { type: 'string', pattern: '^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$', description: 'an email address, like feedback@example.gov.uk' },
      },
    },
  },
} as const;
