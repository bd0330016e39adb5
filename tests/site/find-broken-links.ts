import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'domhandler';
import { builtPages } from '../built-site.ts';
import { readHtmlDocument } from '../html-document.ts';

/** What a link check over a built site found. */
export interface LinkReport {
  /** How many internal references were followed. */
  checked: number;
  /** One line for each that does not resolve: `page: <tag attr="value">: why`. */
  broken: string[];
}

/** Attributes that point at another file or a place in a page. */
const LINK_ATTRIBUTES = ['href', 'src', 'xlink:href', 'poster', 'action'];
/** Any URL with a scheme (https:, mailto:, data:) or protocol-relative: not the site's own. */
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
/** SVG paint and clip references inside a page: `fill="url(#gradient)"`. */
const URL_REFERENCE = /url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g;

/**
 * Follows every internal link and anchor in a built site, as a static host would serve it:
 * each root-relative or relative href/src/srcset must reach a file, and each `#fragment` an
 * element with that id in the page it reaches.
 * @param dir the built site's folder.
 */
export function findBrokenLinks(dir: string): LinkReport {
  const report: LinkReport = { checked: 0, broken: [] };
  for (const page of builtPages(dir)) {
    for (const element of readHtmlDocument(page.file).elements) {
      for (const { attribute, value, url } of references(element)) {
        report.checked += 1;
        const problem = resolveProblem(dir, page.url, url);
        if (problem) report.broken.push(`${page.url}: <${element.name} ${attribute}="${value}">: ${problem}`);
      }
    }
  }
  return report;
}

/** One reference in an element: the attribute, its whole value, and the URL in it. */
interface Reference {
  attribute: string;
  value: string;
  url: string;
}

/** The element's references to the site's own files and ids. */
function references(element: Element): Reference[] {
  const found: Reference[] = [];
  for (const [attribute, value] of Object.entries(element.attribs)) {
    if (LINK_ATTRIBUTES.includes(attribute)) found.push({ attribute, value, url: value.trim() });
    if (attribute === 'srcset') found.push(...value.split(',').map((part) => ({ attribute, value, url: part.trim().split(/\s+/)[0] ?? '' })));
    for (const match of value.matchAll(URL_REFERENCE)) found.push({ attribute, value, url: `#${match[1]}` });
  }
  return found.filter(({ url }) => !EXTERNAL.test(url));
}

/** Why a reference from a page does not resolve, or undefined when it does. */
function resolveProblem(dir: string, pageUrl: string, reference: string): string | undefined {
  const target = new URL(reference, `http://site.invalid${pageUrl}`);
  const file = fileFor(dir, decodeURIComponent(target.pathname));
  if (!file) return `no file at ${target.pathname}`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment === '') return undefined;
  if (!file.endsWith('.html')) return `#${fragment} points into ${target.pathname}, which is not a page`;
  return readHtmlDocument(file).ids.has(fragment) ? undefined : `no element with id "${fragment}" in ${target.pathname}`;
}

/** The file a static host serves for a path (folders serve their index.html; `.html` may be left off). */
function fileFor(dir: string, sitePath: string): string | undefined {
  const base = path.join(dir, ...sitePath.split('/'));
  const candidates = sitePath.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
