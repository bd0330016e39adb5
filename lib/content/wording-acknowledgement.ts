import type MarkdownIt from 'markdown-it';

/**
 * alex's comment for a wording hint an editor has considered and kept, on a line of its own
 * above the paragraph: `<!--alex ignore just-->` (several rules: `<!--alex ignore just nuts-->`).
 * The only HTML pages may hold: it is a note for `npm run check`, never published.
 */
const ACKNOWLEDGEMENT = /^<!--alex ignore(?: [a-z0-9-]+)+-->\s*$/;

/** Whether an HTML block is exactly an acknowledged wording hint. */
export function isWordingAcknowledgement(html: string): boolean {
  return ACKNOWLEDGEMENT.test(html.trim());
}

/** A markdown-it plugin that leaves acknowledged wording hints out of the page. */
export function dropWordingAcknowledgements(markdown: InstanceType<typeof MarkdownIt>): void {
  const render = markdown.renderer.rules.html_block;
  markdown.renderer.rules.html_block = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (token && isWordingAcknowledgement(token.content)) return '';
    return render ? render(tokens, index, options, env, self) : (token?.content ?? '');
  };
}
