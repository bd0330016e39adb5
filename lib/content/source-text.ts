import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';

/** What Node puts in place of bytes that are not UTF-8 when it reads a file as UTF-8. */
const REPLACEMENT = '\uFFFD';

/**
 * A file's text as every check and reader sees it, whatever program saved it: without the byte
 * order mark Notepad puts first, and with "\n" line endings where Windows programs save "\r\n"
 * (or old Mac ones "\r"). Front matter and YAML read "\r" as part of a value ("true\r" is not true).
 * @example normaliseSource('\uFEFFtitle: A\r\n') // 'title: A\n'
 */
export function normaliseSource(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

/**
 * Where a file saved in another encoding than UTF-8 (Windows' "ANSI", Latin-1) lost a character:
 * read as UTF-8, each byte that does not fit became U+FFFD, which the site would publish as "�".
 * A U+FFFD saved on purpose is the same loss, made earlier by another program.
 * @returns a problem at the first such character's line, or undefined when the text is whole.
 */
export function encodingProblem(text: string, file: string): Problem | undefined {
  const offset = text.indexOf(REPLACEMENT);
  if (offset < 0) return undefined;
  const lines = text.slice(0, offset).split('\n');
  return { file, line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1, message: messages.notUtf8() };
}

/**
 * Eleventy preprocessor for every Markdown page: its text as normaliseSource makes it, so
 * a site whose files were saved with Windows line endings (as Git for Windows checks them out)
 * is byte for byte the site built from "\n" ones.
 */
export function normaliseTemplate(_data: unknown, content: string): string {
  return normaliseSource(content);
}
