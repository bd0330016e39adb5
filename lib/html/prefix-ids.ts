/** Attributes that hold a space-separated list of ids. */
const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers', 'for'];

/**
 * Makes the ids in a piece of markup unique on the page by prefixing them, and every reference
 * to them with them: `url(#id)`, `href="#id"`, `xlink:href="#id"` and id-list attributes such
 * as aria-labelledby. Vega numbers its clip paths from `clip1` in every chart, so two charts
 * on one page would otherwise share ids. Ids the markup refers to but does not define are kept.
 * @example prefixIds('<clipPath id="clip1"/><g clip-path="url(#clip1)">', 'chart-savings')
 * // '<clipPath id="chart-savings-clip1"/><g clip-path="url(#chart-savings-clip1)">'
 */
export function prefixIds(markup: string, prefix: string): string {
  const defined = new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string));
  if (defined.size === 0) return markup;
  const rename = (id: string): string => (defined.has(id) ? `${prefix}-${id}` : id);
  const lists = new RegExp(`(\\s(?:${ID_LIST_ATTRIBUTES.join('|')})=")([^"]*)"`, 'g');
  return markup
    .replace(/(\sid=")([^"]+)"/g, (_, start: string, id: string) => `${start}${rename(id)}"`)
    .replace(/url\((['"]?)#([^)'"]+)\1\)/g, (_, quote: string, id: string) => `url(${quote}#${rename(id)}${quote})`)
    .replace(/(\s(?:xlink:)?href="#)([^"]+)"/g, (_, start: string, id: string) => `${start}${rename(id)}"`)
    .replace(lists, (_, start: string, ids: string) => `${start}${ids.split(/\s+/).filter(Boolean).map(rename).join(' ')}"`);
}
