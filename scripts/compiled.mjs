#!/usr/bin/env node
/**
 * `node scripts/compiled.mjs scripts/build.ts [args]`: runs a TypeScript script as plain
 * JavaScript. tsx's loader hooks cost about a second a process (they see every one of
 * Eleventy's modules), more than the whole build, so one-off tasks run a bundle of the project's
 * TypeScript instead: esbuild compiles the script, the Eleventy config and the _data hooks into
 * .cache/compiled/ (dependencies stay in node_modules), and only again when a source changes.
 * Plain JavaScript, with esbuild-node.mjs (the settings it shares), because it is what makes the rest run without tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE } from './esbuild-node.mjs';

const OUT = '.cache/compiled';
const SOURCES = ['lib', 'scripts', '_data', 'types'];
// tests/browser.ts is imported by scripts/pdf.ts and scripts/ensure-browser.ts.
const ROOT_FILES = ['.eleventy.ts', 'package-lock.json', 'tsconfig.json', 'scripts/compiled.mjs', 'scripts/esbuild-node.mjs', 'tests/browser.ts'];

/** The .ts files under a folder, walked one folder at a time: Node 20's recursive readdir took 2-4 times as long. */
function typeScriptFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/**
 * Every TypeScript source and setting the bundle depends on, as "path size mtime" lines; the data
 * hooks (_data/*.ts, a file or two) by their bytes instead, as the tests' copies of the project
 * copy _data/ with new times (tests/fixtures/project-copy.ts): a copy whose hooks are the
 * project's then has the project's stamp, and can start with its compiled code.
 */
function sourceStamp() {
  const files = SOURCES.filter((dir) => existsSync(dir)).flatMap(typeScriptFiles);
  const lines = [...files, ...ROOT_FILES.filter((file) => existsSync(file))].sort().map((file) => {
    if (file.startsWith(`_data${path.sep}`)) return `${file} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
    const { size, mtimeMs } = statSync(file);
    return `${file} ${size} ${mtimeMs}`;
  });
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/** Modules that run on a thread of their own (see lib/charts/draw-ahead.ts). */
const WORKERS = ['lib/charts/chart-drawing-worker.ts'];

/** The entry points: every script, the Eleventy config, every data hook, every worker. */
function entryPoints() {
  const scripts = readdirSync('scripts').filter((name) => name.endsWith('.ts')).map((name) => `scripts/${name}`);
  const hooks = readdirSync('_data').filter((name) => name.endsWith('.ts')).map((name) => `_data/${name}`);
  return [...scripts, '.eleventy.ts', ...hooks, ...WORKERS];
}

/**
 * Packages the code loads with require() the first time it needs them, not on every start: a
 * bundled copy would be compiled by every build that never calls it (opentype.js measures chart
 * text, needed only when a chart is drawn; htmlparser2 reads SVG images an editor adds).
 */
const LOADED_WHEN_NEEDED = ['opentype.js', 'htmlparser2'];

/**
 * Packages loaded from node_modules as they are. The rest (yaml, ajv, vega, ...) are bundled: one
 * file loads much faster than the hundreds of small modules vega and its d3 parts are made of.
 * Eleventy stays outside (it finds its own files and plugins), and so do markdown-it and
 * gray-matter, the very packages Eleventy loads anyway (its Markdown engine and front matter
 * reader): bundled, they would be loaded twice. So do the tools only the tests and the PDF use.
 */
const KEEP_EXTERNAL = ['@11ty/eleventy', 'markdown-it', 'gray-matter', 'playwright', 'playwright-core', 'alex', 'sirv', 'esbuild', ...LOADED_WHEN_NEEDED];

async function compile(stampFile) {
  const { build } = await import('esbuild');
  const { metafile } = await build({ ...NODE_BUNDLE, entryPoints: entryPoints(), outdir: OUT, external: KEEP_EXTERNAL, metafile: true });
  writeFileSync(stampFile, '');
  removeEarlierOutput(new Set([...Object.keys(metafile.outputs).map((file) => path.resolve(file)), path.resolve(stampFile)]));
}

/** How long a chunk of an earlier compile is kept: a task started on that code may still load one. */
const CHUNK_GRACE_MS = 60 * 60 * 1000;

/**
 * Removes what earlier compiles left in OUT, which would otherwise grow by a few megabytes at
 * every change to the code: their stamps at once (the entry files they vouched for have just
 * been written over), their chunks once they are an hour old.
 */
function removeEarlierOutput(written) {
  const cutoff = Date.now() - CHUNK_GRACE_MS;
  for (const file of outputFiles(OUT)) {
    if (written.has(path.resolve(file))) continue;
    // A file another compile removed meanwhile has no time, and nothing to remove.
    const old = path.basename(file).startsWith('.stamp-') || (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < cutoff;
    if (old) rmSync(file, { force: true });
  }
}

/** Every file under a folder of the compiled output. */
function outputFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? outputFiles(file) : [file];
  });
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node scripts/compiled.mjs scripts/<task>.ts [arguments]');
  process.exit(2);
}
const stamp = sourceStamp();
const stampFile = path.join(OUT, `.stamp-${stamp}`);
if (!existsSync(stampFile)) await compile(stampFile);
process.env.REPORT_COMPILED = OUT;
// Which code this is, for caches of what the code decides (lib/check/check-cache.ts).
process.env.REPORT_CODE_STAMP = stamp;
// Eleventy routes every later import through a resolver on a loader thread, so that watch mode
// can re-import an edited config or data file. A one-off task imports each file once; without
// the resolver, importing the config, the data hooks and vega is faster.
// (An Eleventy setting: https://github.com/11ty/eleventy/issues/3371.)
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
// The task reads its own arguments from process.argv, as it does when tsx runs it.
process.argv.splice(2, 1);
await import(pathToFileURL(path.resolve(OUT, entry.replace(/\.ts$/, '.mjs'))).href);
