import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { markdownFiles } from './check-report.ts';
import { inclusiveLanguageHints } from './inclusive-language.ts';

/**
 * Suggestions an editor may take or leave (wording), for `npm run check`. They never stop a
 * build, and live apart from checkReport so builds never load the language checker.
 */
export function reportHints(root: string): Problem[] {
  return markdownFiles(root, 'content').flatMap((file) => inclusiveLanguageHints(readFileSync(path.join(root, file), 'utf8'), file));
}
