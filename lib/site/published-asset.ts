import { isImageExtension } from './images-folder.ts';
import { SITE_ASSETS } from './site-files.ts';

/** A name a reader's browser and every host see the same way: no spaces, %-escapes, quotes or leading dot. */
export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Whether a file under assets/ may be copied into the site: the site's own stylesheets, and
 * images with safe names. The checks have refused anything else already, with a message
 * (lib/check/find-asset-problems.ts); this filter keeps it out of the site even so. Folders
 * need not pass: copying a file makes its folder.
 * @param relative the path inside assets/, like "images/halls.png".
 */
export function isPublishedAsset(relative: string): boolean {
  const parts = relative.split(/[\\/]/);
  if ((SITE_ASSETS as readonly string[]).includes(`assets/${parts.join('/')}`)) return true;
  const extension = parts.at(-1)?.split('.').slice(1).at(-1) ?? '';
  return parts.every((part) => SAFE_NAME.test(part)) && isImageExtension(extension);
}
