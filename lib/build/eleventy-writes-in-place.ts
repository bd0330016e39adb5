import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeInPlace } from '../fs/write-in-place.ts';

/** Eleventy's own file writer, which every page's write goes through (Template.js, `_write`). */
interface FileSystemManagerClass {
  prototype: { writeFileSync(file: string, content: string | Uint8Array): void };
}

/**
 * Has Eleventy write each page over the site before last in place (lib/fs/write-in-place.ts),
 * not by truncating it first: at 1,000 sections the truncating writes were a tenth of the
 * build. Eleventy has no setting for how it writes a file, so this gives its FileSystemManager
 * class our write. Eleventy is pinned; if a later version moves the class, the build writes as
 * Eleventy does and tests/unit/write-in-place.test.ts fails, to say so.
 * @returns whether Eleventy now writes in place.
 */
export async function eleventyWritesInPlace(): Promise<boolean> {
  try {
    const source = path.dirname(createRequire(import.meta.url).resolve('@11ty/eleventy'));
    const { FileSystemManager } = (await import(pathToFileURL(path.join(source, 'Util', 'FileSystemManager.js')).href)) as { FileSystemManager?: FileSystemManagerClass };
    if (typeof FileSystemManager?.prototype.writeFileSync !== 'function') return false;
    FileSystemManager.prototype.writeFileSync = (file, content) => writeInPlace(file, content);
    return true;
  } catch {
    return false;
  }
}
