import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeAtomically } from '../fs/write-atomically.ts';

const require = createRequire(import.meta.url);

/** Where data parsed from YAML is kept between builds, in the project root: the working folder, as for every build. */
export const YAML_CACHE_FILE = '.cache/yaml/parsed.json';

/** JSON text of the data, by a hash of the YAML text it was parsed from. */
let kept: Map<string, string> | undefined;
/** The entries this process used or added: what the next build will need. */
const used = new Map<string, string>();

/**
 * The data parsed from exactly this YAML text by an earlier build, if it kept it, as a new
 * object. Parsing YAML is the largest part of reading the figures and pages (0.4 s at 1,000
 * pages); reading it back as JSON is much faster. Only texts that parsed without problems are kept.
 */
export function cachedYamlData(text: string): { data: unknown } | undefined {
  kept ??= readKept();
  const key = hashOf(text);
  const json = used.get(key) ?? kept.get(key);
  if (json === undefined) return undefined;
  used.set(key, json);
  return { data: JSON.parse(json) as unknown };
}

/** Keeps data parsed from a YAML text for the next build, if JSON can carry it unchanged. */
export function keepYamlData(text: string, data: unknown): void {
  const json = jsonOf(data);
  if (json !== undefined) used.set(hashOf(text), json);
}

/** Writes what this build parsed or reused, for the next build; older entries are dropped. */
export function saveYamlCache(): void {
  if (used.size === 0) return;
  try {
    writeAtomically(path.resolve(YAML_CACHE_FILE), JSON.stringify(Object.fromEntries(used)));
  } catch {
    // Without the cache the next build parses the YAML again: slower, not wrong.
  }
}

function readKept(): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path.resolve(YAML_CACHE_FILE), 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/** The yaml package's version: another version may read the same text otherwise. */
let parserVersion: string | undefined;

/** The key of a text's entry: the text and the parser that read it (yaml-file.ts keys its options into the text). */
function hashOf(text: string): string {
  parserVersion ??= (JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')) as { version: string }).version;
  return createHash('sha1').update(`yaml ${parserVersion}\0`).update(text).digest('base64');
}

/** The data as JSON, or undefined when JSON would change it (Infinity, NaN, dates, maps...). */
function jsonOf(data: unknown): string | undefined {
  let safe = true;
  const json = JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) safe = false;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) safe = false;
    return value;
  });
  return safe ? json : undefined;
}
