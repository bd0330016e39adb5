const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

/**
 * Prefixes every id in a piece of HTML, and every reference to one, so that several pages'
 * content can share one page (the print edition) without clashing ids.
 * @example prefixIds('<h2 id="a">A</h2><a href="#a">', 's2') // '<h2 id="s2-a">A</h2><a href="#s2-a">'
 */
export function prefixIds(html: string, prefix: string): string {
  const lists = new RegExp(`\\s(${ID_LIST_ATTRIBUTES.join('|')})="([^"]*)"`, 'g');
  return html
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(/\s((?:xlink:)?href)="#([^"]+)"/g, (_, name: string, id: string) => ` ${name}="#${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(lists, (_, name: string, ids: string) => ` ${name}="${ids.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ')}"`);
}
