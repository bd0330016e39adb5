import type { Problem } from '../errors.ts';
import { findCitations, type Citation } from '../content/find-citations.ts';
import { SHORTCODE } from '../content/find-template-tags.ts';
import { messages } from '../messages.ts';

/** The shortcodes that place a block, a table or a chart, rather than words in a sentence. */
const BLOCK_KINDS: ReadonlySet<Citation['kind']> = new Set(['figureTable', 'chart']);

/** A shortcode alone on its line (more than three spaces before it would make it code). */
const ALONE = new RegExp(`^ {0,3}${SHORTCODE.source}\\s*$`);

/**
 * Tables and charts cited inside a paragraph. A table or a figure cannot sit inside a
 * paragraph in HTML: browsers break the paragraph apart around it, and the text after it
 * would lose its paragraph. Each must be alone on its line, with a blank line before and after.
 * @param firstLine the file line the body starts on.
 */
export function findInlineBlocks(body: string, file: string, firstLine: number): Problem[] {
  const lines = body.split('\n');
  return findCitations(body, firstLine)
    .filter((citation) => BLOCK_KINDS.has(citation.kind))
    .filter((citation) => {
      const index = citation.line - firstLine;
      const blank = (line: string | undefined): boolean => !line?.trim();
      return !(ALONE.test(lines[index] ?? '') && blank(lines[index - 1]) && blank(lines[index + 1]));
    })
    .map((citation) => ({ file, line: citation.line, col: citation.col, message: messages.blockInParagraph(citation.kind, citation.id) }));
}
