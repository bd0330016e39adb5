import type MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** markdown-it's column alignments, as the classes report.css gives them (left is the tables' own). */
const ALIGN_CLASSES: Readonly<Record<string, string>> = { right: 'num', center: 'align-center' };

/**
 * Tables written in Markdown, made to fit the report: each takes the figure tables' look, its
 * column headings say they are (scope="col"), and it sits in a wrapper that scrolls on its own
 * when the table is wider than a phone. markdown-it writes column alignment as a style
 * attribute, which the pages' Content Security Policy (no inline styles) refuses, so the
 * alignment becomes a class.
 */
export function markdownTables(markdown: InstanceType<typeof MarkdownIt>): void {
  markdown.core.ruler.push('report_tables', (state) => {
    let inHead = false;
    for (const token of state.tokens) {
      if (token.type === 'table_open') token.attrJoin('class', 'figure-table');
      if (token.type === 'thead_open' || token.type === 'thead_close') inHead = token.type === 'thead_open';
      if (token.type === 'th_open' || token.type === 'td_open') alignWithClass(token);
      if (token.type === 'th_open' && inHead) token.attrSet('scope', 'col');
    }
  });
  const render = markdown.renderer.renderToken.bind(markdown.renderer);
  markdown.renderer.rules.table_open = (tokens, index, options) => `<div class="table-wrap">${render(tokens, index, options)}`;
  markdown.renderer.rules.table_close = (tokens, index, options) => `${render(tokens, index, options)}</div>\n`;
}

function alignWithClass(cell: Token): void {
  const align = /text-align:\s*(\w+)/.exec(String(cell.attrGet('style') ?? ''))?.[1];
  if (!align) return;
  cell.attrs = (cell.attrs ?? []).filter(([name]) => name !== 'style');
  const className = ALIGN_CLASSES[align];
  if (className) cell.attrJoin('class', className);
}
