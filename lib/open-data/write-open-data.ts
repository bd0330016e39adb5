import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeInPlace } from '../fs/write-in-place.ts';
import { openDataFiles } from './open-data-files.ts';

/**
 * Writes the open data (data/<id>.csv and .json) into a built site, after Eleventy's pages: as
 * Eleventy pages, one a file, they cost a paginated template each (a third of a second at 200
 * tables) to copy some text. Synchronous, as Eleventy writes its pages: hundreds of small files
 * go faster than through the promise API; in place, over the site before last's, as the pages.
 * @param output the site folder Eleventy has just written.
 */
export function writeOpenData(output: string): void {
  const files = openDataFiles();
  for (const folder of new Set(files.map((file) => path.dirname(path.join(output, file.path))))) mkdirSync(folder, { recursive: true });
  for (const file of files) writeInPlace(path.join(output, file.path), file.text);
}

/** Where writeOpenData puts each file, under `output`: a build keeps these when it sweeps. */
export function openDataPaths(output: string): string[] {
  return openDataFiles().map((file) => path.resolve(output, file.path));
}
