/**
 * `tsx scripts/node-tests.ts --folder=tests/unit [test files] [node --test flags]`: runs Node's test runner
 * on the TypeScript tests as plain JavaScript. Under `tsx --test`, each test file's process
 * loads tsx, whose loader then sees every module the test imports (vega's hundreds among them):
 * about a third of the unit tests' CPU time went there. Instead esbuild compiles the test files,
 * with the project code they import (packages stay in node_modules), into .cache/compiled-tests/,
 * afresh on every run (a fifth of a second), and Node runs that with source maps: a failure still
 * names the .ts file and its line.
 *
 * The files named run, or with none named every *.test.ts of the folder. Examples: `npm run
 * test:unit` (all of tests/unit/), `npm run test:unit -- tests/unit/figures.test.ts
 * --test-name-pattern=range`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const OUT = '.cache/compiled-tests';

/** The test files named, or every *.test.ts file of the folder. */
function testFiles(named: string[], folder: string | undefined): string[] {
  if (named.length > 0 || !folder) return named;
  return readdirSync(folder).filter((file) => file.endsWith('.test.ts')).sort().map((file) => path.join(folder, file));
}

/** Compiles the test files into a folder of their own (suites may run side by side). @returns the compiled files, in order. */
async function compile(files: string[]): Promise<string[]> {
  const outdir = path.join(OUT, createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12));
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: files,
    outdir,
    outbase: '.',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // A bundled CommonJS helper calls require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return files.map((file) => path.join(outdir, file.replace(/\.ts$/, '.mjs')));
}

const args = process.argv.slice(2);
const folder = args.find((arg) => arg.startsWith('--folder='))?.slice('--folder='.length);
const flags = args.filter((arg) => arg.startsWith('--') && !arg.startsWith('--folder='));
const files = testFiles(args.filter((arg) => !arg.startsWith('--')), folder);
if (files.length === 0) {
  console.error('Usage: tsx scripts/node-tests.ts --folder=tests/unit [test files] [node --test flags]');
  process.exit(2);
}
const compiled = await compile(files);
const runner = spawn(process.execPath, ['--enable-source-maps', '--test', ...flags, ...compiled], { stdio: 'inherit' });
runner.on('close', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
