import path from 'node:path';
import { defaultFigurePaths, loadFigures } from './load-figures.ts';
import type { Figures } from './model.ts';
import { createRegistry, type FigureRegistry } from './registry.ts';

let current: { root: string; figures: Figures; registry: FigureRegistry } | undefined;

/**
 * The figures of this build, read once and shared by the checks, data hooks and shortcodes.
 * @param root the project root; another root (a test's copy of the project) reads afresh.
 * @throws DataError when any table is invalid.
 */
export function reportFigures(root: string = process.cwd()): { figures: Figures; registry: FigureRegistry } {
  const resolved = path.resolve(root);
  if (current?.root !== resolved) {
    const figures = loadFigures(resolved);
    current = { root: resolved, figures, registry: createRegistry(figures) };
  }
  return current;
}

/**
 * Reads the figures of a build whose checks passed before on exactly the same files and code
 * (lib/check/check-cache.ts), without checking their schemas again: about 20 ms of a
 * half-second rebuild of the report went on that. Called before anything else asks for them.
 */
export function useCheckedFigures(root: string = process.cwd()): void {
  const resolved = path.resolve(root);
  const figures = loadFigures(resolved, defaultFigurePaths, true);
  current = { root: resolved, figures, registry: createRegistry(figures) };
}

/**
 * Forgets the figures so the next build reads the edited files: before every rebuild under
 * `npm start`. A one-off build keeps what its checks just read, so it reads the figures once.
 */
export function forgetReportFigures(event?: { runMode?: string }): void {
  if (event?.runMode !== 'build') current = undefined;
}
