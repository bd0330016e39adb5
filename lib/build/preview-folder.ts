import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { linkSite } from './link-site.ts';
import { restoreSite } from './restore-site.ts';
import { newSiteFolder } from './site-folders.ts';

/**
 * Gets `output` ready for `npm start`, whose Eleventy writes through it in place: the live site
 * if there is one (restored if a build was stopped at the wrong moment), else a new empty site
 * folder linked there, so the next `npm run build` need not move a plain folder aside.
 */
export async function previewFolder(output: string): Promise<void> {
  if (existsSync(output) || (await restoreSite(output))) return;
  const folder = newSiteFolder(output);
  await mkdir(folder, { recursive: true });
  await linkSite(output, folder);
}
