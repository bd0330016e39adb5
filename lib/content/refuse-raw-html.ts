import { readFileSync } from 'node:fs';
import { normaliseSource } from './source-text.ts';
import { ContentError } from '../errors.ts';
import { bodyLine } from './body-line.ts';
import { findRawHtml } from './find-raw-html.ts';
import { markdownTokens } from './markdown-tokens.ts';

/**
 * Eleventy preprocessor for Markdown: fails the page if an editor typed raw HTML into it.
 * Runs on the source, before shortcodes add their own HTML.
 */
export function refuseRawHtml(data: { page: { inputPath: string }; eleventy?: { env?: { runMode?: string } } }, content: string): string {
  // A one-off build has checked every page before Eleventy started (lib/check); npm start has not.
  if (data.eleventy?.env?.runMode === 'build') return content;
  const file = data.page.inputPath.replace(/^\.\//, '');
  const text = normaliseSource(readFileSync(file, 'utf8'));
  const problems = findRawHtml(markdownTokens(content), file, bodyLine(text, content));
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
