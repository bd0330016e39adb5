import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { bodyLine } from '../content/body-line.ts';
import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';

const NUNJUCKS_ERROR = /\((?:\.\/)?([^)\s]+)\) \[Line (\d+), Column (\d+)\]\s*\n\s*(.+)/;

/**
 * Turns a Nunjucks error in a template page (content/*.njk: a mistyped tag, an unclosed {% %})
 * into a problem at the file's own line. Nunjucks counts lines from the end of the front matter.
 * (Markdown pages never get here: the checks refuse any tag in them but the shortcodes.)
 * @returns the problem, or undefined when the error is not a template error.
 */
export function templateProblem(error: unknown): Problem | undefined {
  for (let current = error; current instanceof Error; current = (current as { originalError?: unknown }).originalError ?? current.cause) {
    const match = NUNJUCKS_ERROR.exec(current.message);
    if (!match) continue;
    const [, file = '', line = '1', col = '1', detail = ''] = match;
    return { file, line: bodyStartLine(file) + Number(line) - 1, col: Number(col), message: messages.templateSyntax(detail.trim()) };
  }
  return undefined;
}

/** Where the body starts, split off its front matter as Eleventy splits it (with gray-matter). */
function bodyStartLine(file: string): number {
  try {
    const text = readFileSync(file, 'utf8');
    return bodyLine(text, matter(text, { engines: { yaml: () => ({}) } }).content);
  } catch {
    return 1;
  }
}
