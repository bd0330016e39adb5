/**
 * Moves every heading in a piece of HTML down one level (h2 -> h3), so a page's content can sit
 * under its own title in the print edition and headings stay in order.
 * @example demoteHeadings('<h2 id="a">A</h2>') // '<h3 id="a">A</h3>'
 */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
