/**
 * `tsx scripts/node-tests.ts --folder=tests/unit [test files] [node --test flags]`: runs Node's test runner
 * on the TypeScript tests as plain JavaScript. Under `tsx --test`, each test file's process
 * loads tsx, whose loader then sees every module the test imports (vega's hundreds among them):
 * about a quarter of the unit tests' CPU time went there. Instead esbuild compiles the test files,
 * with the project code they import (packages stay in node_modules), into .cache/compiled-tests/,
 * afresh on every run (a fifth of a second), and Node runs that with source maps: a failure still
 * names the .ts file and its line. The files start slowest first, by their last run's times
 * (scripts/test-durations.ts).
 *
 * The files named run, or with none named every *.test.ts of the folder. Examples: `npm run
 * test:unit` (all of tests/unit/), `npm run test:unit -- tests/unit/figures.test.ts
 * --test-name-pattern=range`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuild-node.mjs';
import { slowestFirst } from './test-durations.ts';

const OUT = '.cache/compiled-tests';

/** The test files named, or every *.test.ts file of the folder. */
function testFiles(named: string[], folder: string | undefined): string[] {
  if (named.length > 0 || !folder) return named;
  return readdirSync(folder).filter((file) => file.endsWith('.test.ts')).sort().map((file) => path.join(folder, file));
}

/** The reporter that times each file for the next run's order, as compiled. */
const DURATIONS_REPORTER = 'scripts/test-durations.ts';

/**
 * Compiles the test files, and the reporter, into a folder of their own (suites may run side by side).
 * @returns the folder, the compiled test files, in order, and the compiled reporter.
 */
async function compile(files: string[]): Promise<{ outdir: string; tests: string[]; reporter: string }> {
  const outdir = path.join(OUT, createHash('sha256').update([...files].sort().join('\n')).digest('hex').slice(0, 12));
  const compiled = (file: string): string => path.join(outdir, file.replace(/\.ts$/, '.mjs'));
  rmSync(outdir, { recursive: true, force: true });
  // As scripts/compiled.mjs bundles the tasks, except that every package stays in node_modules.
  await build({ ...NODE_BUNDLE, entryPoints: [...files, DURATIONS_REPORTER], outdir, packages: 'external' });
  return { outdir, tests: files.map(compiled), reporter: compiled(DURATIONS_REPORTER) };
}

const args = process.argv.slice(2);
const folder = args.find((arg) => arg.startsWith('--folder='))?.slice('--folder='.length);
const flags = args.filter((arg) => arg.startsWith('--') && !arg.startsWith('--folder='));
const files = slowestFirst(testFiles(args.filter((arg) => !arg.startsWith('--')), folder));
if (files.length === 0) {
  console.error('Usage: tsx scripts/node-tests.ts --folder=tests/unit [test files] [node --test flags]');
  process.exit(2);
}
const { outdir, tests, reporter } = await compile(files);
// Node's own report (spec on a terminal, else TAP), and the durations, which print nothing.
const reporters = [`--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`, '--test-reporter-destination=stdout', `--test-reporter=${pathToFileURL(reporter).href}`, '--test-reporter-destination=stderr'];
const runner = spawn(process.execPath, ['--enable-source-maps', '--test', ...reporters, ...flags, ...tests], { stdio: 'inherit' });
runner.on('close', (code, signal) => {
  rmSync(outdir, { recursive: true, force: true });
  process.exitCode = code ?? (signal ? 1 : 0);
});
