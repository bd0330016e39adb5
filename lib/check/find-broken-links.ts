import type { Problem } from '../errors.ts';
import { slugify } from '../content/markdown.ts';
import type { MarkdownTokens } from '../content/markdown-tokens.ts';
import { messages } from '../messages.ts';

/** A Markdown page as links see it: its address and the anchors its headings make. */
export interface LinkTarget {
  url: string;
  anchors: Set<string>;
}

/** The address Eleventy gives a Markdown file under content/: content/a/b.md -> /a/b/. */
export function pageUrl(file: string): string {
  const path = file.replace(/^content\//, '').replace(/\.md$/, '');
  return `/${path.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
}

/** The anchors a page's headings get (h2 and h3, as the heading-anchor plugin makes them). */
export function headingAnchors(tokens: MarkdownTokens): Set<string> {
  const anchors = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open' && ['h2', 'h3'].includes(token.tag)) anchors.add(slugify(tokens[index + 1]?.content ?? ''));
  });
  return anchors;
}

/**
 * Finds links in a page's Markdown to pages or headings that do not exist.
 * @param pages every Markdown page, by URL, with its anchors.
 * @param otherUrls addresses the site makes without Markdown (home, figures page, data files).
 */
export function findBrokenLinks(tokens: MarkdownTokens, file: string, firstLine: number, pages: ReadonlyMap<string, LinkTarget>, otherUrls: ReadonlySet<string>): Problem[] {
  const here = pageUrl(file);
  const problems: Problem[] = [];
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      const href = child.type === 'link_open' ? String(child.attrGet('href') ?? '') : '';
      if (!href || /^[a-z]+:/i.test(href)) continue;
      const target = new URL(href, `https://site${here}`);
      const page = pages.get(target.pathname);
      const anchor = decodeURIComponent(target.hash.slice(1));
      const missing = !page && !otherUrls.has(target.pathname) ? 'page' : page && anchor && !page.anchors.has(anchor) ? 'heading' : undefined;
      if (missing) problems.push({ file, line: firstLine + (token.map?.[0] ?? 0), col: 1, message: messages.brokenLink(href, missing) });
    }
  }
  return problems;
}
