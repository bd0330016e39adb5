import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { tokensWithLines, type MarkdownTokens } from '../content/markdown-tokens.ts';
import { messages } from '../messages.ts';
import { IMAGES_FOLDER } from '../site/images-folder.ts';

/** An image written as `![description](data:...)`: the picture's bytes in the page's text. */
const DATA_IMAGE = /!\[[^\]]*\]\(\s*<?data:/gi;

/**
 * Images in a page's Markdown that readers would not get: one with no description for screen
 * reader users, one from another site (the pages load nothing from elsewhere, so it would not
 * show), one whose file is not in the project, or one written into the page as a data: address.
 * @param root the project root, where assets/ is.
 */
export function findImageProblems(tokens: MarkdownTokens, file: string, firstLine: number, root: string): Problem[] {
  const problems: Problem[] = [];
  for (const { token, line } of tokensWithLines(tokens)) {
    for (const offset of token.type === 'inline' ? dataImages(token.content) : []) {
      problems.push({ file, line: firstLine + line + offset, col: 1, message: messages.imageAsData(IMAGES_FOLDER) });
    }
    if (token.type !== 'image') continue;
    const message = imageProblem(String(token.attrGet('src') ?? ''), token.content, root);
    if (message) problems.push({ file, line: firstLine + line, col: 1, message });
  }
  return problems;
}

/**
 * The lines (from the text's first) of images written into the text as data: addresses. markdown-it
 * makes some of them images and leaves others (SVG) as text, published as pages of letters; so
 * they are found in the text as written, whichever it did.
 */
function dataImages(text: string): number[] {
  // Code spans show their text as written, so an example in one is not an image: blank them, keeping lines.
  const outsideCode = text.replace(/(`+)[\s\S]*?\1/g, (code) => code.replace(/[^\n]/g, ' '));
  return [...outsideCode.matchAll(DATA_IMAGE)].map((match) => outsideCode.slice(0, match.index).split('\n').length - 1);
}

function imageProblem(src: string, description: string, root: string): string | undefined {
  // Reported by dataImages, whether markdown-it made it an image or not.
  if (/^data:/i.test(src.trim())) return undefined;
  if (!description.trim()) return messages.imageWithoutDescription(src);
  if (/^([a-z]+:|\/\/)/i.test(src)) return messages.imageFromElsewhere(src, IMAGES_FOLDER);
  const target = localPath(src);
  if (!target?.startsWith(`/${IMAGES_FOLDER}/`) || !existsSync(path.join(root, target))) return messages.missingImage(src, IMAGES_FOLDER);
  return undefined;
}

/** The file an image address names on this site, its ".." resolved; undefined when it cannot be read. */
function localPath(src: string): string | undefined {
  try {
    return path.posix.normalize(decodeURI(src.split(/[?#]/)[0] ?? ''));
  } catch {
    return undefined;
  }
}
