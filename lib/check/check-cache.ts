import { createHash, type Hash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './list-files.ts';

/** Where passed checks are noted, relative to the project root (git ignores .cache/). */
const CHECK_CACHE_DIR = '.cache/checks';

/** The folders whose files the checks read: the pages, the data and the images. */
const INPUT_DIRS = ['content', '_data', 'assets'];

/**
 * A stamp of everything the checks depend on: the path, size and modification time of every
 * file and link in content/, _data/ and assets/, and the code (scripts/compiled.mjs sets REPORT_CODE_STAMP).
 * Like ESLint's --cache: when nothing changed since the checks last passed, they pass again.
 * @returns undefined when the code is not compiled (under tsx), so nothing is cached.
 */
export function checkInputsStamp(root: string): string | undefined {
  const code = process.env.REPORT_CODE_STAMP;
  if (!code) return undefined;
  const hash = createHash('sha256').update(code);
  try {
    for (const dir of INPUT_DIRS) hashFolder(root, dir, hash);
  } catch {
    // A file removed while it was stamped: nothing is cached, and the checks run.
    return undefined;
  }
  return hash.digest('hex');
}

/**
 * Adds each file's and link's path, size and time. Walked by listFiles, which never follows a
 * link: Node 20's recursive readdir does, and loops for ever on a link to a folder above.
 */
function hashFolder(root: string, dir: string, hash: Hash): void {
  const { files, problems } = listFiles(root, dir);
  for (const file of [...files, ...problems.map((problem) => problem.file)]) {
    const stat = lstatSync(path.join(root, file));
    hash.update(`\n${file} ${stat.isSymbolicLink() ? 'link' : 'file'} ${stat.size} ${stat.mtimeMs}`);
  }
}

/** Whether the checks passed before on exactly these inputs and code. */
export function checksPassedBefore(root: string, stamp: string | undefined): boolean {
  return stamp !== undefined && existsSync(path.join(root, CHECK_CACHE_DIR, stamp));
}

/** Notes that the checks passed on these inputs and code; only the latest pass is kept. */
export function rememberChecksPassed(root: string, stamp: string | undefined): void {
  if (stamp === undefined) return;
  const dir = path.join(root, CHECK_CACHE_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, stamp), '');
}
