import { existsSync } from 'node:fs';
import { cp, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';

/** The project: npm runs every script from its folder, and the compiled tests run from .cache/ (scripts/node-tests.ts). */
export const PROJECT_ROOT = process.cwd();

/** The code and settings a copy of the report needs to build with the real pipeline, linked. */
export const SHARED_FILES = ['node_modules', 'tools', 'lib', '_includes', 'scripts', 'types', '.eleventy.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

/**
 * Makes `target` a project folder that builds with this project's code: it links the code and
 * copies assets/ (the build refuses a link there), so only content/ and _data/ differ.
 * lib/build/build-site.ts takes the cwd as the root.
 * @param names what to link from the project; defaults to SHARED_FILES.
 */
export async function linkProject(target: string, names: readonly string[] = SHARED_FILES): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const name of names) {
    const from = path.join(PROJECT_ROOT, name);
    if (existsSync(from) && !existsSync(path.join(target, name))) await symlink(from, path.join(target, name));
  }
  if (!existsSync(path.join(target, 'assets'))) await cp(path.join(PROJECT_ROOT, 'assets'), path.join(target, 'assets'), { recursive: true });
}

/**
 * Makes `target` a snapshot of the real report: content/ and _data/ copied, the code linked. Builds
 * and edits there leave the project's own _site/, .cache/ and content alone, and a colleague's
 * edit in progress cannot change the report half-way through a measurement.
 */
export async function mirrorProject(target: string): Promise<void> {
  await linkProject(target);
  for (const folder of ['content', '_data']) await cp(path.join(PROJECT_ROOT, folder), path.join(target, folder), { recursive: true });
}
