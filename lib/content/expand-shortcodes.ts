import type { ShortcodeContext } from '../shortcodes/context.ts';
import * as shortcodes from '../shortcodes/index.ts';

/**
 * One shortcode as pages write it: `{% figure "savings.total" %}`, with the whitespace around it
 * so Liquid's trimming dashes (`{%-`, `-%}`) keep their meaning. The checks
 * (find-template-tags.ts) refuse any other tag, and any `{{ }}` or `{# #}`, before a build.
 */
const SHORTCODE = /(\s*)\{%(-?)\s*(figure|figureTable|chart)\s+(?:"([^"\n]*)"|'([^'\n]*)')\s*(-?)%\}(\s*)/g;

type Shortcode = (this: ShortcodeContext, id: string) => string | Promise<string>;
const byName: Record<string, Shortcode> = shortcodes;

/**
 * Replaces each shortcode in a page's Markdown by its HTML, in order (a chart repeated on a
 * page is numbered in reading order). Pages use only these three tags, so this stands in for a
 * template engine.
 * @param context the page, for the shortcodes' messages and chart ids.
 */
export async function expandShortcodes(markdown: string, context: ShortcodeContext): Promise<string> {
  let html = '';
  let copied = 0;
  for (const call of markdown.matchAll(SHORTCODE)) {
    const [whole, before = '', trimBefore, name, double, single, trimAfter, after = ''] = call;
    const output = await byName[name ?? '']?.call(context, double ?? single ?? '');
    html += markdown.slice(copied, call.index) + (trimBefore ? '' : before) + output + (trimAfter ? '' : after);
    copied = (call.index ?? 0) + whole.length;
  }
  return copied === 0 ? markdown : html + markdown.slice(copied);
}
