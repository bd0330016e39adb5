import type { Problem } from '../errors.ts';
import { messages, suggest } from '../messages.ts';

/** The tags a page may use: the shortcodes that cite the data (lib/shortcodes/). */
export const PAGE_TAGS = ['figure', 'figureTable', 'chart'] as const;

/**
 * One shortcode as pages write it: `{% figure "savings.total" %}`, with Liquid's trimming dashes
 * (`{%-`, `-%}`) allowed. findTemplateTags below refuses any other tag, and any `{{ }}` or
 * `{# #}`, before a build.
 */
export const SHORTCODE = new RegExp(`\\{%(-?)\\s*(${PAGE_TAGS.join('|')})\\s+(?:"([^"\\n]*)"|'([^'\\n]*)')\\s*(-?)%\\}`, 'g');

/** One `{% name "id" %}`: a known name, one id in quotes, optional whitespace control dashes. */
const WELL_FORMED = /^-?\s*(\w+)\s+(?:"[^"\n]*"|'[^'\n]*')\s*-?$/;

/**
 * Finds every `{% %}` tag in a page's Markdown that is not one of the shortcodes written as
 * documented (`{% figure "savings.total" %}`), every `{{ }}` and `{# #}`, so a misspelt or unclosed tag
 * is reported by the checks, at its line, before any page is built. Pages use no other template
 * syntax, which is what lets render-page.ts expand the shortcodes with no template engine.
 * @param firstLine the file line the body starts on.
 */
export function findTemplateTags(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const at = (offset: number): Pick<Problem, 'line' | 'col'> => {
    const before = body.slice(0, offset);
    return { line: firstLine + (before.match(/\n/g)?.length ?? 0), col: offset - before.lastIndexOf('\n') };
  };
  for (const open of body.matchAll(/\{%/g)) {
    const start = open.index ?? 0;
    const end = body.indexOf('%}', start + 2);
    const next = body.indexOf('{%', start + 2);
    const problem = end < 0 || (next >= 0 && next < end) ? messages.templateSyntax('it has no closing %}') : tagProblem(body.slice(start + 2, end));
    if (problem) problems.push({ file, ...at(start), message: problem });
  }
  for (const output of body.matchAll(/\{\{/g)) problems.push({ file, ...at(output.index ?? 0), message: messages.templateOutput() });
  // A {# #} comment would be published as it is: an editor writing one means it hidden.
  for (const comment of body.matchAll(/\{#/g)) problems.push({ file, ...at(comment.index ?? 0), message: messages.templateComment() });
  return problems;
}

/** What is wrong with the inside of a `{% %}` tag, or undefined when it is a shortcode as documented. */
function tagProblem(inside: string): string | undefined {
  const name = /^-?\s*(\w*)/.exec(inside)?.[1] ?? '';
  if (!(PAGE_TAGS as readonly string[]).includes(name)) {
    const guess = suggest(name, PAGE_TAGS);
    return messages.templateSyntax(`"${name}" is not a tag pages can use${guess ? `: did you mean "${guess}"?` : ''}`);
  }
  if (!WELL_FORMED.test(inside)) return messages.templateSyntax(`${name} takes one id in quotes, like {% ${name} "${name === 'figure' ? 'savings.total' : 'savings'}" %}`);
  return undefined;
}
