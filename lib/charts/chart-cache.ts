import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { writeAtomically } from '../fs/write-atomically.ts';
import { SITE_FONT_WEIGHTS, siteFontBytes } from '../site/site-font.ts';
import { packageDir } from './validate-spec.ts';

/** Where drawn charts are kept between builds, relative to the project root (git ignores it). */
export const CHART_CACHE_DIR = '.cache/charts';

/** Bump when drawing changes in a way the spec does not show, such as text measuring or the site's font. */
const DRAWING_VERSION = 3;

let versions: string | undefined;

/**
 * The installed vega, vega-lite and opentype.js versions, read from their package.json without
 * importing them, and a hash of the site font's files the text is measured with.
 */
function vegaVersions(): string {
  if (versions) return versions;
  const font = createHash('sha256');
  for (const weight of SITE_FONT_WEIGHTS) font.update(new Uint8Array(siteFontBytes(weight)));
  versions = ['vega', 'vega-lite', 'opentype.js']
    .map((name) => `${name}@${(JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version}`)
    .concat(`font:${font.digest('hex').slice(0, 16)}`)
    .join(' ');
  return versions;
}

/** Each spec's hash, worked out once: the checks, the drawing thread and the shortcode all ask. */
const hashes = new WeakMap<object, string>();

/**
 * The cache key of a spec: a sha256 of the spec, the vega, vega-lite and opentype.js versions,
 * the site font's files and the drawing version, so a drawn chart is reused only when all of
 * them are unchanged.
 */
export function specHash(spec: TopLevelSpec): string {
  let hash = hashes.get(spec);
  if (!hash) {
    hash = createHash('sha256').update(JSON.stringify({ spec, versions: vegaVersions(), drawing: DRAWING_VERSION })).digest('hex');
    hashes.set(spec, hash);
  }
  return hash;
}

function cacheFile(root: string, hash: string, extension: 'svg' | 'valid'): string {
  return path.join(root, CHART_CACHE_DIR, `${hash}.${extension}`);
}

/** The drawn SVG for a spec hash, if an earlier build drew it. */
export function readCachedSvg(root: string, hash: string): string | undefined {
  const file = cacheFile(root, hash, 'svg');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Whether an earlier build drew this spec, without reading the drawing. */
export function hasCachedSvg(root: string, hash: string): boolean {
  return existsSync(cacheFile(root, hash, 'svg'));
}

/** Keeps a drawn SVG; written to a temporary file and renamed, so a reader never sees half of it. */
export function writeCachedSvg(root: string, hash: string, svg: string): void {
  writeAtomically(cacheFile(root, hash, 'svg'), svg);
}

/** Whether a spec is known to pass the Vega-Lite schema: it was checked, or drawn, before. */
export function isKnownValid(root: string, hash: string): boolean {
  return existsSync(cacheFile(root, hash, 'valid')) || hasCachedSvg(root, hash);
}

/** Notes that a spec passed the Vega-Lite schema, so the next check need not compile it. */
export function markValid(root: string, hash: string): void {
  writeAtomically(cacheFile(root, hash, 'valid'), '');
}
