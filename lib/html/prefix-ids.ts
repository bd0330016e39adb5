/** Attributes that hold a space-separated list of ids. */
const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers', 'for'];

/**
 * Every place an id is defined or referred to, in one pattern so the markup is read once:
 * `id="x"`, `url(#x)` (quoted or not), `href="#x"` or `xlink:href="#x"`, and id-list attributes.
 */
const ID_PLACES = new RegExp(
  [
    '(\\sid=")([^"]+)"',
    'url\\(([\'"]?)#([^)\'"]+)\\3\\)',
    '(\\s(?:xlink:)?href="#)([^"]+)"',
    `(\\s(?:${ID_LIST_ATTRIBUTES.join('|')})=")([^"]*)"`,
  ].join('|'),
  'g',
);

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
  return markup.replace(ID_PLACES, (whole: string, ...groups: Array<string | undefined>) => {
    const [idStart, id, quote, urlId, hrefStart, hrefId, listStart, list] = groups;
    if (idStart !== undefined) return `${idStart}${rename(id as string)}"`;
    if (urlId !== undefined) return `url(${quote ?? ''}#${rename(urlId)}${quote ?? ''})`;
    if (hrefStart !== undefined) return `${hrefStart}${rename(hrefId as string)}"`;
    if (listStart !== undefined) return `${listStart}${(list as string).split(/\s+/).filter(Boolean).map(rename).join(' ')}"`;
    return whole;
  });
}
