import { loadFigures } from './load-figures.ts';
import type { Figures } from './model.ts';
import { createRegistry, type FigureRegistry } from './registry.ts';

let current: { figures: Figures; registry: FigureRegistry } | undefined;

/**
 * The figures of this build, read once and shared by the data hooks and shortcodes.
 * @throws DataError when any table is invalid.
 */
export function reportFigures(root: string = process.cwd()): { figures: Figures; registry: FigureRegistry } {
  if (!current) {
    const figures = loadFigures(root);
    current = { figures, registry: createRegistry(figures) };
  }
  return current;
}

/** Forgets the figures so the next build reads the edited files. Called before every build. */
export function forgetReportFigures(): void {
  current = undefined;
}
