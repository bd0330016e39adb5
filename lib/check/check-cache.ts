import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where passed checks are noted, relative to the project root (git ignores .cache/). */
const CHECK_CACHE_DIR = '.cache/checks';

/**
 * The folders whose files the checks' answers depend on: the pages, the data, and assets/, where
 * the image check looks for each image a page cites (a deleted image must fail the next build).
 */
const INPUT_DIRS = ['content', '_data', 'assets'];

/**
 * A stamp of everything the checks depend on: the path, size and modification time of every
 * file in content/, _data/ and assets/, and the code (scripts/compiled.mjs sets REPORT_CODE_STAMP).
 * Like ESLint's --cache: when nothing changed since the checks last passed, they pass again.
 * @returns undefined when the code is not compiled (under tsx), so nothing is cached.
 */
export function checkInputsStamp(root: string): string | undefined {
  const code = process.env.REPORT_CODE_STAMP;
  if (!code) return undefined;
  const hash = createHash('sha256').update(code);
  for (const dir of INPUT_DIRS.filter((name) => existsSync(path.join(root, name)))) {
    const files = readdirSync(path.join(root, dir), { recursive: true }).map(String).sort();
    for (const file of files) {
      const { size, mtimeMs, isFile } = statOf(path.join(root, dir, file));
      if (isFile) hash.update(`\n${dir}/${file} ${size} ${mtimeMs}`);
    }
  }
  return hash.digest('hex');
}

function statOf(file: string): { size: number; mtimeMs: number; isFile: boolean } {
  try {
    const stat = statSync(file);
    return { size: stat.size, mtimeMs: stat.mtimeMs, isFile: stat.isFile() };
  } catch {
    // A link to nothing, or a file removed while listing: stamped as missing, which the checks report.
    return { size: -1, mtimeMs: -1, isFile: true };
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
