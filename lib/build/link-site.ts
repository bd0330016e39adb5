import { lstatSync } from 'node:fs';
import { rename, rm, rmdir, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';
import { pauseAt } from './pause-at.ts';
import { newSiteFolder } from './site-folders.ts';

/**
 * Makes `output` show `folder` in one step: a new link is made beside it and renamed over it,
 * which POSIX systems do atomically, so a reader, or a build killed at any moment, finds the
 * old site or the new one, never none. Once only, a plain `output` folder (from an older
 * version of this tool) is moved aside first, leaving a moment with no site that the next
 * build repairs (restoreSite).
 */
export async function linkSite(output: string, folder: string): Promise<void> {
  const link = `${output}.link-${process.pid}`;
  await rm(link, { force: true });
  // A junction on Windows, which needs no administrator rights; its target must be absolute.
  // Elsewhere a relative link, so the project folder can be moved.
  const target = process.platform === 'win32' ? folder : path.basename(folder);
  await symlink(target, link, 'junction');
  pauseAt('linked', folder);
  if (isPlainFolder(output)) {
    await rename(output, newSiteFolder(output));
    pauseAt('moved-aside', folder);
  }
  await replace(link, output);
}

function isPlainFolder(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Renames `link` over `output`. Windows cannot rename over a junction: there the old one is
 * removed first (both folders stay whole; should the build stop between, the next restores it).
 */
async function replace(link: string, output: string): Promise<void> {
  try {
    await rename(link, output);
  } catch (error) {
    if (process.platform !== 'win32') throw error;
    await rmdir(output).catch(() => unlink(output));
    await rename(link, output);
  }
}
