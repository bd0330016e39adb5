import { parse } from 'yaml';
import { takeFrontMatter } from './front-matter-memo.ts';

/**
 * Eleventy's front matter reader, the same YAML 1.2 parser the checks use, so a page's data
 * means the same to both: `updated: 2017-08-10` stays the text "2017-08-10" rather than
 * becoming a Date, as the older parser Eleventy ships would make it. What the checks parsed
 * already (read-page.ts) is not parsed again.
 */
export function parseFrontMatter(text: string): unknown {
  return takeFrontMatter(text) ?? parse(text) ?? {};
}
