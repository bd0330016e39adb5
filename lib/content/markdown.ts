import MarkdownIt from 'markdown-it';
import markdownItAnchor from 'markdown-it-anchor';
import { markdownTables } from './markdown-tables.ts';
import { dropWordingAcknowledgements } from './wording-acknowledgement.ts';
import { markdownTerms } from '../glossary/markdown-terms.ts';

/**
 * The Markdown renderer for every page: typographic quotes, a visible "#" link after each
 * heading so readers can share a section, and tables that fit the report (markdown-tables.ts). HTML passes through because shortcodes
 * (figures, tables, charts) render to HTML before Markdown runs; editors' own HTML is
 * refused earlier, by findRawHtml on the source, but for `<!--alex ignore word-->`, left out here.
 */
export function createMarkdown(): InstanceType<typeof MarkdownIt> {
  const markdown = new MarkdownIt({ html: true, linkify: false, typographer: true });
  markdown.use(markdownItAnchor, {
    level: [2, 3],
    tabIndex: false,
    slugify: slugify,
    permalink: markdownItAnchor.permalink.linkAfterHeader({
      style: 'visually-hidden',
      assistiveText: (title: string) => `Link to the section “${title}”`,
      visuallyHiddenClass: 'visually-hidden',
      wrapper: ['<div class="heading-wrapper">', '</div>'],
      symbol: '#',
    }),
  });
  markdown.use(markdownTables);
  markdown.use(dropWordingAcknowledgements);
  // The first use of each glossary term on a page is marked as its definition (lib/glossary/).
  markdown.use(markdownTerms);
  return markdown;
}

/** Heading ids: lower case words joined by hyphens, stable when punctuation changes. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
