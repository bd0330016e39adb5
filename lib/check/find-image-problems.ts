import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import type { MarkdownTokens } from '../content/markdown-tokens.ts';
import { messages } from '../messages.ts';
import { IMAGES_FOLDER } from '../site/images-folder.ts';


/**
 * Images in a page's Markdown that readers would not get: one with no description for screen
 * reader users, one from another site (the pages load nothing from elsewhere, so it would not
 * show), or one whose file is not in the project.
 * @param root the project root, where assets/ is.
 */
export function findImageProblems(tokens: MarkdownTokens, file: string, firstLine: number, root: string): Problem[] {
  const problems: Problem[] = [];
  for (const token of tokens) {
    for (const image of (token.children ?? []).filter((child) => child.type === 'image')) {
      const src = String(image.attrGet('src') ?? '');
      const message = imageProblem(src, image.content, root);
      if (message) problems.push({ file, line: firstLine + (token.map?.[0] ?? 0), col: 1, message });
    }
  }
  return problems;
}

function imageProblem(src: string, description: string, root: string): string | undefined {
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
