import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';

// The live site is `_site`, a link to a complete folder beside it, `._site.<time>-<pid>`:
// publishing replaces the link in one rename, so `_site` is always a whole site, old or new.

/** A complete site folder beside `output`, named by when and by which process it was finished. */
export interface SiteFolder {
  path: string;
  time: number;
  pid: number;
}

const SITE_FOLDER = /^(\d+)-(\d+)$/;

let lastTime = 0;

/** The name of a new complete site folder for `output`, unique to this process and moment. */
export function newSiteFolder(output: string): string {
  // Two builds in one process (npm run pdf) may finish within a millisecond: never the same name.
  lastTime = Math.max(Date.now(), lastTime + 1);
  return path.join(path.dirname(output), `.${path.basename(output)}.${lastTime}-${process.pid}`);
}

/**
 * Where a failed build's folder waits to be written over by the next build (`._site.previous`):
 * it is never published, only reused for its folders.
 */
export function spareFolder(output: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}.previous`);
}

/** Every complete site folder beside `output`, newest first. */
export function siteFolders(output: string): SiteFolder[] {
  const prefix = `.${path.basename(output)}.`;
  const found: SiteFolder[] = [];
  for (const name of readdirSync(path.dirname(output))) {
    const match = name.startsWith(prefix) ? SITE_FOLDER.exec(name.slice(prefix.length)) : null;
    if (match) found.push({ path: path.join(path.dirname(output), name), time: Number(match[1]), pid: Number(match[2]) });
  }
  return found.sort((a, b) => b.time - a.time);
}

/** The folder `output` links to, or undefined when it is no link (missing, or a plain folder). */
export function liveFolder(output: string): string | undefined {
  try {
    return path.resolve(path.dirname(output), readlinkSync(output));
  } catch {
    return undefined;
  }
}

/** Whether anything, even a broken link, is at `file`. */
export function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
