import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDataFiles } from './open-data-files.ts';

/**
 * Writes the open data (data/<id>.csv and .json) into a built site, after Eleventy's pages: as
 * Eleventy pages, one a file, they cost a paginated template each (a third of a second at 200
 * tables) to copy some text.
 * @param output the site folder Eleventy has just written.
 */
export async function writeOpenData(output: string): Promise<void> {
  const files = openDataFiles();
  const folders = new Set(files.map((file) => path.dirname(path.join(output, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(output, file.path), file.text)));
}

/** Where writeOpenData puts each file, under `output`: a build keeps these when it sweeps. */
export function openDataPaths(output: string): string[] {
  return openDataFiles().map((file) => path.resolve(output, file.path));
}
