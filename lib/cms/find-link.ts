/**
 * Finds a symbolic link on the way to a file. A link inside content/ or _data/ could point
 * anywhere on this computer, so a save through it could rewrite code outside the editable folders.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The first part of `file` (relative, already checked to be plain) that is a link, if any.
 * Stops at the first part that does not exist yet: a save creates the rest as real folders.
 * @returns the linked part, relative to `root`, like `assets`.
 */
export async function findLink(root: string, file: string): Promise<string | undefined> {
  const parts = file.split('/');
  for (let count = 1; count <= parts.length; count += 1) {
    const part = parts.slice(0, count).join('/');
    const stats = await lstat(path.join(root, part)).catch(() => undefined);
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return part;
  }
  return undefined;
}
