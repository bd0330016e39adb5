import { rm } from 'node:fs/promises';
import path from 'node:path';
import { CHART_CACHE_DIR } from '../../lib/charts/chart-cache.ts';

/**
 * What a measured build starts from.
 * - fresh: as after a clean clone, .cache/ is gone: the tasks are compiled (scripts/compiled.mjs)
 *   and every chart is drawn.
 * - cold: the tasks are compiled (once after each code change), but no chart has been drawn.
 * - rebuild: nothing changed since the last build.
 */
export type CacheState = 'fresh' | 'cold' | 'rebuild';

/** Removes what the state says is not there yet, in a project folder. */
export async function clearCache(projectDir: string, state: CacheState): Promise<void> {
  if (state === 'rebuild') return;
  await rm(path.join(projectDir, state === 'fresh' ? '.cache' : CHART_CACHE_DIR), { recursive: true, force: true });
}
