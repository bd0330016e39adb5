import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

// Why keep the previous site rather than delete it: on this kind of disk, making a thousand
// folders and deleting a thousand more costs more than rendering the pages. Each build writes
// over the site before last (its folders already there), and the live site becomes the next spare.

/** Where the site before the live one waits for the next build: `_site` → `._site.previous`, beside it. */
export function spareFolder(output: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}.previous`);
}

/**
 * A folder for the next build to write into, never the live site: the spare, when a previous
 * build left one, so its folders are reused; otherwise a name Eleventy will create.
 */
export async function takeBuildFolder(output: string): Promise<string> {
  const building = `${output}.building-${process.pid}`;
  // No spare (a first build), or another build took it first: Eleventy starts a fresh folder.
  await rename(spareFolder(output), building).catch(() => undefined);
  return building;
}

/**
 * Replaces `output` with the finished build, so readers and servers never see a half-written
 * site: the live site is moved aside as the next spare, the new one renamed in.
 */
export async function publishFolder(building: string, output: string): Promise<void> {
  const removeAfter = existsSync(output) ? await moveAside(output) : undefined;
  await rename(building, output);
  if (removeAfter) await rm(removeAfter, { recursive: true, force: true });
}

/**
 * Moves the live site to be the next spare. The spare is normally gone (takeBuildFolder took
 * it); a build running at the same time may have left one, and then the live site goes under a
 * name of its own, to be removed.
 * @returns the folder to remove once the new site is in place, if any.
 */
async function moveAside(output: string): Promise<string | undefined> {
  try {
    await rename(output, spareFolder(output));
    return undefined;
  } catch {
    const old = `${output}.old-${process.pid}`;
    await rename(output, old);
    return old;
  }
}

/**
 * After a failed build: keeps its folder as the spare (the next build sweeps what it wrote), or
 * removes it, once the process has nothing left to do. Eleventy stops at a page's error while
 * its passthrough copies go on writing into the folder: moved now, they would fail and crash.
 */
export function setAsideFailedBuild(building: string, output: string): void {
  process.once('beforeExit', () => void setAside(building, output));
}

async function setAside(building: string, output: string): Promise<void> {
  if (!existsSync(building)) return;
  if (!existsSync(spareFolder(output))) await rename(building, spareFolder(output)).catch(() => undefined);
  await rm(building, { recursive: true, force: true });
}
