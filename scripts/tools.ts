/**
 * `npm run tools -- cms lighthouse wording`: installs the optional tools named (all of them
 * with none named), each exactly as its lock file in tools/<name>/ says, with `npm ci`. A tool
 * already installed from the same lock file is left as it is, so the commands that need one run
 * this first at almost no cost.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OPTIONAL_TOOLS, isOptionalTool, toolFolder, type OptionalTool } from '../lib/tools/optional-tool.ts';

/** Written into the tool's node_modules after a successful install: the lock file's hash. */
const STAMP = '.installed-lock';

function lockHash(folder: string): string {
  return createHash('sha256').update(readFileSync(path.join(folder, 'package-lock.json'))).digest('hex');
}

/** Installs one tool unless it is installed from this lock file already. @returns whether it is ready. */
function install(tool: OptionalTool): boolean {
  const folder = toolFolder(tool);
  const stamp = path.join(folder, 'node_modules', STAMP);
  const wanted = lockHash(folder);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return true;
  console.log(`Installing ${OPTIONAL_TOOLS[tool]} into tools/${tool}/ (first use, or its lock file changed)...`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Could not install tools/${tool}/: npm ci ${result.error ? result.error.message : `exited with ${result.status}`}.`);
    return false;
  }
  writeFileSync(stamp, wanted);
  return true;
}

const named = process.argv.slice(2);
const unknown = named.filter((name) => !isOptionalTool(name));
if (unknown.length > 0) {
  console.error(`Unknown tool ${unknown.join(', ')}: the tools are ${Object.keys(OPTIONAL_TOOLS).join(', ')}.`);
  process.exit(2);
}
const tools = (named.length > 0 ? named : Object.keys(OPTIONAL_TOOLS)).filter(isOptionalTool);
const ready = tools.map(install);
process.exit(ready.every(Boolean) ? 0 : 1);
