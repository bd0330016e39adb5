/**
 * The address a link in a PDF must carry: the page it points at on the published site, never on
 * the machine that printed it. Links within the document (`#part-2`) stay as they are.
 * @param href the link as the browser resolved it, like `http://127.0.0.1:4000/report/data/savings.csv`.
 * @param localBase where the printing server serves the site, with its path prefix and a final `/`.
 * @param publicBase where the site is published (site url + path prefix), with a final `/`.
 * @example publicHref('http://127.0.0.1:4000/data/a.csv', 'http://127.0.0.1:4000/', 'https://x.gov.uk/') // 'https://x.gov.uk/data/a.csv'
 */
export function publicHref(href: string, localBase: string, publicBase: string): string {
  if (!href.startsWith(localBase)) return href;
  return publicBase + href.slice(localBase.length);
}

/**
 * The site's public address with its path prefix, always ending in `/`. An address that ends in
 * the prefix already (GitHub Pages gives a project site's as `https://owner.github.io/repo`)
 * is not given it twice.
 * @example publicBaseOf('https://x.gov.uk', '/report/') // 'https://x.gov.uk/report/'
 */
export function publicBaseOf(siteUrl: string, pathPrefix = '/'): string {
  const url = siteUrl.replace(/\/+$/, '');
  const bare = pathPrefix.replace(/^\/+|\/+$/g, '');
  if (!bare || url.endsWith(`/${bare}`)) return `${url}/`;
  return `${url}/${bare}/`;
}
