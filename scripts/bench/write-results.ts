import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults } from './bench-results.ts';
import { PROJECT_ROOT } from './project-folder.ts';
import { resultsMarkdown } from './results-markdown.ts';

/** Where results go: timestamped JSON (ignored by git), latest.json and latest.md (committed). */
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');

/**
 * Writes the results as bench/results/<timestamp>.json, latest.json and latest.md, each
 * through a .tmp file so a reader never sees half a file.
 * @returns the paths written.
 */
export async function writeResults(results: BenchResults): Promise<string[]> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // Colons are not allowed in file names everywhere; the timestamp keeps its ISO shape otherwise.
  const stamp = results.startedAt.replace(/:/g, '-');
  const files: [string, string][] = [
    [`${stamp}.json`, json],
    ['latest.json', json],
    ['latest.md', resultsMarkdown(results)],
  ];
  for (const [name, text] of files) await writeAtomically(path.join(RESULTS_DIR, name), text);
  return files.map(([name]) => path.join('bench', 'results', name));
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}
