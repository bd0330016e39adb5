import { existsSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { linkSite } from './link-site.ts';
import { exists, siteFolders } from './site-folders.ts';

/**
 * Puts a site back at `output` if there is none, or only a broken link: links the newest
 * complete site folder. (Publishing leaves no such gap, but for the one move from a plain
 * `_site/` folder, or on Windows, a build stopped at the wrong moment could.)
 * @returns whether a site was restored.
 */
export async function restoreSite(output: string): Promise<boolean> {
  if (existsSync(output)) return false;
  const [newest] = siteFolders(output);
  if (!newest) return false;
  // A link to a folder since removed: replaced like a missing one.
  if (exists(output)) await unlink(output);
  await linkSite(output, newest.path);
  return true;
}

