import type { Env } from 'markdown-it';
import type { ShortcodeContext } from '../shortcodes/context.ts';
import { expandShortcodes } from './expand-shortcodes.ts';
import { createMarkdown } from './markdown.ts';

const markdown = createMarkdown();

/** The page's data, handed to markdown-it as its env, as Eleventy does. */
type PageData = ShortcodeContext & Env;

/**
 * How Eleventy renders a Markdown page (registered for `md` in .eleventy.ts): its shortcodes
 * expanded, then Markdown to HTML. Eleventy's own way runs the page through a template engine
 * (Liquid) first, a tenth of a 1,000-section build to find three kinds of tag.
 * @returns Eleventy's compile step: the page's text in, a render function out.
 */
export function compilePage(text: string): (data: PageData) => Promise<string> {
  return async (data) => markdown.render(await expandShortcodes(text, { page: data.page }), data);
}
