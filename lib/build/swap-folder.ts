import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { isDiskProblem } from './disk-problem.ts';
import { linkSite } from './link-site.ts';
import { pauseAt } from './pause-at.ts';
import { isAlive } from './process-alive.ts';
import { removeDeadBuilds } from './remove-dead-builds.ts';
import { restoreSite } from './restore-site.ts';
import { liveFolder, newSiteFolder, siteFolders, spareFolder } from './site-folders.ts';

// Why keep the site before last rather than delete it: on this kind of disk, making a thousand
// folders and deleting a thousand more costs more than rendering the pages. Each build writes
// over the site before last (its folders already there), and the live site becomes the next spare.

/**
 * A folder for the next build to write into, never the live site: first what dead builds left
 * is removed and a missing site restored; then a spare is taken (renamed, so two builds never
 * share one), so its folders are reused; otherwise a name Eleventy will create.
 */
export async function takeBuildFolder(output: string): Promise<string> {
  await removeDeadBuilds(output);
  await restoreSite(output);
  const building = `${output}.building-${process.pid}`;
  for (const spare of spares(output)) {
    // Another build may take it first: then try the next, or let Eleventy start afresh.
    if (await rename(spare, building).then(() => true, () => false)) break;
  }
  pauseAt('claimed', building);
  return building;
}

/** The folders a build may write over: a failed build's, then the site before last. */
function spares(output: string): string[] {
  const live = liveFolder(output);
  const finished = siteFolders(output).filter((folder) => folder.path !== live && (folder.pid === process.pid || !isAlive(folder.pid)));
  return [spareFolder(output), ...finished.map((folder) => folder.path)];
}

/**
 * Publishes the finished build: renamed to a site folder of its own, then `output` is linked
 * to it in one atomic rename (link-site.ts). The site it replaces becomes the next spare.
 */
export async function publishFolder(building: string, output: string): Promise<void> {
  const finished = newSiteFolder(output);
  await rename(building, finished);
  pauseAt('renamed', finished);
  await linkSite(output, finished);
  pauseAt('swapped', finished);
}

/**
 * After a failed build: keeps its folder as the spare (the next build sweeps what it wrote), or
 * removes it, once the process has nothing left to do. Eleventy stops at a page's error while
 * its passthrough copies go on writing into the folder: moved now, they would fail and crash.
 * When the disk is full (or refuses writes), the folder is removed, to give the space back.
 */
export function setAsideFailedBuild(building: string, output: string, error: unknown): void {
  process.once('beforeExit', () => void setAside(building, output, isDiskProblem(error)));
}

async function setAside(building: string, output: string, remove: boolean): Promise<void> {
  if (!existsSync(building)) return;
  if (!remove && !existsSync(spareFolder(output))) await rename(building, spareFolder(output)).catch(() => undefined);
  await rm(building, { recursive: true, force: true });
}
