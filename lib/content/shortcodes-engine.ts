import type { ShortcodeContext } from '../shortcodes/context.ts';
import { expandShortcodes } from './expand-shortcodes.ts';
import { notePageText } from './page-citations.ts';

/**
 * The template engine Markdown pages run through before markdown-it (.eleventy.ts's
 * markdownTemplateEngine), in place of Liquid: pages use only the three shortcodes, and
 * expanding them is all it does. Registered as a custom template language under this name.
 */
export const SHORTCODES_ENGINE = 'report-shortcodes';

/**
 * Eleventy's compile step for a page's Markdown: its text in, a render function out.
 * (Eleventy's own override of `md` would do as well, but it breaks `npm start`'s incremental
 * rebuilds in Eleventy 3.1: the overriding engine is never given the extension map.)
 */
export function compileShortcodes(text: string, inputPath: string): (data: ShortcodeContext) => Promise<string> {
  notePageText(inputPath, text);
  return (data) => expandShortcodes(text, { page: data.page });
}
