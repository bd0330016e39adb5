import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './process-alive.ts';
import { liveFolder, siteFolders } from './site-folders.ts';

/**
 * Removes what builds that died (killed, or out of disk) left beside `output`: their
 * half-written `_site.building-<pid>` folders and `_site.link-<pid>` links, and complete site
 * folders beyond the live one and one spare. What a build still running owns is left alone.
 */
export async function removeDeadBuilds(output: string): Promise<void> {
  const prefix = `${path.basename(output)}.`;
  for (const name of readdirSync(path.dirname(output))) {
    const match = name.startsWith(prefix) ? /^(?:building|link|old)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (match && !isAlive(Number(match[1]))) await rm(path.join(path.dirname(output), name), { recursive: true, force: true });
  }
  await removeSurplusFolders(output);
}

/**
 * Keeps the live site folder and the newest other one (the spare the next build writes over).
 * A folder finished by a build still running may be about to go live: it is kept too.
 */
async function removeSurplusFolders(output: string): Promise<void> {
  const live = liveFolder(output);
  const others = siteFolders(output).filter((folder) => folder.path !== live);
  for (const folder of others.slice(1)) {
    if (folder.pid === process.pid || !isAlive(folder.pid)) await rm(folder.path, { recursive: true, force: true });
  }
}
