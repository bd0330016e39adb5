/**
 * How long each test file took last time, so that scripts/node-tests.ts starts the slowest files
 * first (as Jest and Vitest do): two at a time, a long file started last would run on alone at
 * the end while the other core idles. The default export is a reporter for Node's test runner
 * (`--test-reporter`) that writes the durations to .cache/test-durations.json; it prints nothing.
 * Only the order depends on the durations, never a result.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../lib/fs/write-atomically.ts';

const DURATIONS_FILE = '.cache/test-durations.json';

type Durations = Record<string, number>;

function readDurations(): Durations {
  try {
    return existsSync(DURATIONS_FILE) ? (JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as Durations) : {};
  } catch {
    return {};
  }
}

/** The test files, the slowest last time first; files never timed (new ones) before them all. */
export function slowestFirst(files: readonly string[]): string[] {
  const durations = readDurations();
  return [...files].sort((a, b) => (durations[b] ?? Infinity) - (durations[a] ?? Infinity) || a.localeCompare(b));
}

/** The source file, from the project's folder, of a test file the runner names (compiled or not). */
function sourceFile(file: string): string {
  const compiled = /[\\/]\.cache[\\/]compiled-tests[\\/][0-9a-f]+[\\/](.+)\.mjs$/.exec(file);
  return (compiled ? `${compiled[1]}.ts` : path.relative(process.cwd(), file)).split(path.sep).join('/');
}

/** The parts of a test runner event read here. */
interface TestEvent {
  type: string;
  data: { nesting?: number; file?: string; details?: { duration_ms?: number } };
}

/** Adds up each file's top-level tests and suites (which run one after another) and keeps the totals. */
export default async function* fileDurations(events: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const totals = new Map<string, number>();
  for await (const { type, data } of events) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.nesting !== 0 || !data.file) continue;
    const file = sourceFile(data.file);
    totals.set(file, (totals.get(file) ?? 0) + (data.details?.duration_ms ?? 0));
  }
  // Suites running side by side each add their own files; at worst one's update is lost, which changes an order only.
  const durations = { ...readDurations(), ...Object.fromEntries([...totals].map(([file, ms]) => [file, Math.round(ms)])) };
  writeAtomically(DURATIONS_FILE, `${JSON.stringify(durations, null, 1)}\n`);
  yield '';
}
