import { lstatSync } from 'node:fs';
import path from 'node:path';
import { isImageExtension } from './images-folder.ts';
import { SITE_ASSETS } from './site-files.ts';

/** A name a reader's browser and every host see the same way: no spaces, %-escapes, quotes or leading dot. */
export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Whether a file under assets/ may be copied into the site: the site's own stylesheets, and
 * images with safe names. The checks have refused anything else already, with a message
 * (lib/check/find-asset-problems.ts); this filter keeps it out of the site even so.
 * @param relative the path inside assets/, like "images/halls.png".
 */
export function isPublishedAsset(relative: string): boolean {
  const file = `assets/${relative.split(path.sep).join('/')}`;
  if ((SITE_ASSETS as readonly string[]).includes(file)) return true;
  if (!relative.split(/[\\/]/).every((part) => SAFE_NAME.test(part))) return false;
  if (isFolder(file)) return true;
  return isImageExtension(path.extname(file).slice(1));
}

/** Whether the path is a folder itself, not a link to one (links are never copied). */
function isFolder(file: string): boolean {
  try {
    return lstatSync(path.resolve(file)).isDirectory();
  } catch {
    return false;
  }
}
