import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const maps = new Map<string, SourceMap | undefined>();

/**
 * The TypeScript file a profiled function came from. `npm run build` runs a bundle compiled into
 * .cache/compiled/ (scripts/compiled.mjs), so the profile names chunk files; their source maps
 * name the real ones.
 * @param url the profile's callFrame url; lineNumber and columnNumber count from 0.
 * @returns the absolute source path, or undefined when the url has no source map.
 */
export function sourceFile(url: string, lineNumber: number, columnNumber: number): string | undefined {
  if (!url.startsWith('file://') || !url.includes('/.cache/compiled/')) return undefined;
  const file = fileURLToPath(url);
  if (!maps.has(file)) maps.set(file, readMap(file));
  const entry = maps.get(file)?.findEntry(lineNumber, columnNumber);
  const original = entry && 'originalSource' in entry ? entry.originalSource : undefined;
  return original ? path.resolve(path.dirname(file), original.replace(/^file:\/\//, '')) : undefined;
}

function readMap(file: string): SourceMap | undefined {
  const mapFile = `${file}.map`;
  return existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload) : undefined;
}
