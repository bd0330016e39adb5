import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project-folder.ts';
import type { Command } from './time-process.ts';

/** What `npm run build` runs when package.json does not say. */
const DEFAULT_BUILD = 'tsx scripts/build.ts';

/**
 * The project's build as `npm run build` runs it (package.json's `build` script, now
 * `node scripts/compiled.mjs scripts/build.ts`), without npm's own start-up.
 * @param cwd the project folder; build-site.ts takes it as the root.
 * @param extraArgs build flags, like `--output=/tmp/site`.
 */
export function projectBuild(cwd: string, extraArgs: string[] = []): Command {
  const [program = 'tsx', ...args] = buildScript().split(/\s+/);
  return { program: resolveProgram(program), args: [...args, '--quiet', ...extraArgs], cwd };
}

/**
 * The same build under `node --cpu-prof`: node's own flags go first, and a tsx build loads tsx
 * in-process (`--import tsx`) so the profile is the build's, not tsx's launcher's.
 * @param profileDir where node writes one .cpuprofile a thread.
 */
export function profiledBuild(cwd: string, profileDir: string): Command {
  const build = projectBuild(cwd);
  const profiling = ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
  const loader = build.program === process.execPath ? [] : ['--import', 'tsx'];
  return { program: process.execPath, args: [...profiling, ...loader, ...build.args], cwd };
}

/**
 * Bare Eleventy 3 with no config, the floor the project is built on.
 * @param cwd the folder of Markdown files, used as the input.
 * @param output a folder outside `cwd`; the same one each run, written over as Eleventy rebuilds.
 */
export function bareBuild(cwd: string, output: string): Command {
  const eleventy = path.join(PROJECT_ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
  return { program: process.execPath, args: [eleventy, '--input=.', `--output=${output}`, '--quiet'], cwd };
}

/** The build script's command line, read from package.json each time so the bench follows it. */
export function buildScript(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return manifest.scripts?.build ?? DEFAULT_BUILD;
}

/** `node` is this Node; other programs come from node_modules/.bin, as npm finds them. */
function resolveProgram(name: string): string {
  if (name === 'node') return process.execPath;
  const bin = path.join(PROJECT_ROOT, 'node_modules', '.bin', name);
  return existsSync(bin) ? bin : name;
}
