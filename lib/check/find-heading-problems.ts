import type { Problem } from '../errors.ts';
import type { MarkdownTokens } from '../content/markdown-tokens.ts';
import { messages } from '../messages.ts';

/**
 * Headings readers would trip over: a second page title (the layout writes the title from the
 * front matter as the page's one level-1 heading), or a level skipped, like ## then ####.
 * Screen reader users move through a page by its heading levels, and the accessibility checks
 * refuse a skipped one; saying so here names the line and the fix.
 */
export function findHeadingProblems(tokens: MarkdownTokens, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let previous = 1;
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const level = Number(token.tag.slice(1));
    const text = tokens[index + 1]?.content ?? '';
    const at = { file, line: firstLine + (token.map?.[0] ?? 0), col: 1 };
    if (level === 1) problems.push({ ...at, message: messages.secondPageTitle(text) });
    else if (level > previous + 1) problems.push({ ...at, message: messages.skippedHeadingLevel(level, previous, text) });
    previous = level;
  });
  return problems;
}
