import { readFileSync } from 'node:fs';
import { normaliseSource } from './source-text.ts';
import type { Location } from '../errors.ts';

/**
 * Finds where a piece of text first appears in a file, for pointing an error at it.
 * Rendering only knows the page; the editor needs the line.
 * @returns the location, with line and column when the text is found.
 */
export function locateText(file: string, needle: string): Location {
  let text = '';
  try {
    text = normaliseSource(readFileSync(file, 'utf8'));
  } catch {
    return { file };
  }
  const offset = text.indexOf(needle);
  if (offset < 0) return { file };
  const before = text.slice(0, offset).split('\n');
  return { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}
