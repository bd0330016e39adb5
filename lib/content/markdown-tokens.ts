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

/** One markdown-it token: a block, or a piece of a block's text. */
export type MarkdownToken = MarkdownTokens[number];

/**
 * Every token, the pieces of each block's text among them, with the line it is on (counted from
 * 0, the body's first line). markdown-it gives lines to blocks only, and none to a table's cells:
 * a cell takes its row's line, and a piece of text the line its block's line breaks bring it to,
 * so a message points at the line the editor wrote, not the first of its table or paragraph.
 */
export function tokensWithLines(tokens: MarkdownTokens): { token: MarkdownToken; line: number }[] {
  const found: { token: MarkdownToken; line: number }[] = [];
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    found.push({ token, line });
    let pieceLine = line;
    for (const piece of token.children ?? []) {
      found.push({ token: piece, line: pieceLine });
      pieceLine += lineBreaksIn(piece);
    }
  }
  return found;
}

/** How many lines a piece of text runs over: a line break, HTML typed over lines, an image's description over lines. */
function lineBreaksIn(piece: MarkdownToken): number {
  if (piece.type === 'softbreak' || piece.type === 'hardbreak') return 1;
  if (piece.type === 'html_inline') return piece.content.split('\n').length - 1;
  return (piece.children ?? []).reduce((breaks, inner) => breaks + lineBreaksIn(inner), 0);
}
