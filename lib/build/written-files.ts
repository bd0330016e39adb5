import path from 'node:path';

/** What Eleventy's write() reports: [passthrough copies, templates]; typed loosely as it is untyped JavaScript. */
type WriteResults = unknown;

/**
 * The absolute paths of every file a build wrote, from Eleventy's write() results: each page's
 * outputPath and each passthrough copy's destination. Paths are resolved against the working
 * folder, as Eleventy resolves them.
 */
export function writtenFiles(results: WriteResults): Set<string> {
  const [copies, pages] = Array.isArray(results) ? results : [];
  const written = new Set<string>();
  for (const page of asArray(pages)) {
    const output = (page as { outputPath?: unknown }).outputPath;
    if (typeof output === 'string') written.add(path.resolve(output));
  }
  for (const copy of asArray(copies)) {
    const map = (copy as { map?: Record<string, unknown> }).map ?? {};
    for (const destination of Object.values(map)) if (typeof destination === 'string') written.add(path.resolve(destination));
  }
  return written;
}

/** How many pages the build wrote (passthrough copies not counted). */
export function pagesWritten(results: WriteResults): number {
  const [, pages] = Array.isArray(results) ? results : [];
  return asArray(pages).length;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
