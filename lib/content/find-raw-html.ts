import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { tokensWithLines, type MarkdownTokens } from './markdown-tokens.ts';
import { isWordingAcknowledgement } from './wording-acknowledgement.ts';

/**
 * Finds HTML an editor typed into Markdown. Raw HTML skips the report's styles, escaping
 * and accessibility checks, and could run a script or send readers elsewhere: it is always refused,
 * but for exactly `<!--alex ignore word-->` on a line of its own, which marks a wording hint as
 * considered and is left out of the page (wording-acknowledgement.ts).
 * @param tokens the Markdown after its front matter, parsed by markdownTokens.
 * @param firstLine the file line the body starts on, so messages point at the right line.
 */
export function findRawHtml(tokens: MarkdownTokens, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const { token, line } of tokensWithLines(tokens)) {
    // The one comment an editor may write: acknowledging a wording hint (wording-acknowledgement.ts).
    if (token.type === 'html_block' && isWordingAcknowledgement(token.content)) continue;
    if (token.type === 'html_block' || token.type === 'html_inline') problems.push({ file, line: firstLine + line, col: 1, message: messages.rawHtml(token.content) });
  }
  return problems;
}
