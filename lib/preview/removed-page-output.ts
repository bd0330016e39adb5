import { rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes from the preview the page built from a Markdown file that was deleted or renamed,
 * so its old address no longer shows it (Eleventy leaves it on disk). Pages have no permalink
 * of their own (the front matter schema allows none): content/a/b.md is built as a/b/index.html,
 * content/a/index.md as a/index.html.
 * @returns the file removed, or undefined when `file` is not a page under `content`.
 */
export function removePageOutput(content: string, output: string, file: string): string | undefined {
  const relative = path.relative(path.resolve(content), path.resolve(file));
  if (!relative.endsWith('.md') || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const name = relative.slice(0, -'.md'.length);
  const folder = path.join(output, path.basename(name) === 'index' ? path.dirname(name) : name);
  const page = path.join(folder, 'index.html');
  rmSync(page, { force: true });
  try {
    // Only when nothing else is in it (a landing page's folder holds its sections).
    rmdirSync(folder);
  } catch {
    // not empty, or gone already
  }
  return page;
}
