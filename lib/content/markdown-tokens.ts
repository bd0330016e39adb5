import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt({ html: true });

/** A page's Markdown as markdown-it tokens, for the checks that read its structure. */
export type MarkdownTokens = ReturnType<typeof parser.parse>;

/**
 * Parses Markdown once for every check that needs its structure (raw HTML, headings, links):
 * with HTML recognised, so typed HTML can be found, and without rendering anything.
 */
export function markdownTokens(body: string): MarkdownTokens {
  return parser.parse(body, {});
}
