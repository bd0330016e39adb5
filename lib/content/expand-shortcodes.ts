import type { ShortcodeContext } from '../shortcodes/context.ts';
import * as shortcodes from '../shortcodes/index.ts';
import { PAGE_TAGS, SHORTCODE } from './find-template-tags.ts';

type Shortcode = (this: ShortcodeContext, id: string) => string | Promise<string>;
/** Typed by the tags the checks allow, so a tag without its shortcode does not compile. */
const byName: Record<(typeof PAGE_TAGS)[number], Shortcode> = shortcodes;

/**
 * Replaces each shortcode in a page's Markdown by its HTML, in order (a chart repeated on a
 * page is numbered in reading order); a dash trims the whitespace on its side, as in Liquid.
 * Pages use only these three tags, so this stands in for a template engine.
 * @param context the page, for the shortcodes' messages and chart ids.
 */
export async function expandShortcodes(markdown: string, context: ShortcodeContext): Promise<string> {
  let html = '';
  let copied = 0;
  for (const call of markdown.matchAll(SHORTCODE)) {
    const [whole, trimBefore, name = '', double, single, trimAfter] = call;
    const before = markdown.slice(copied, call.index);
    html += (trimBefore ? before.trimEnd() : before) + (await byName[name as keyof typeof byName].call(context, double ?? single ?? ''));
    copied = call.index + whole.length;
    while (trimAfter && /\s/.test(markdown.charAt(copied))) copied += 1;
  }
  return copied === 0 ? markdown : html + markdown.slice(copied);
}
