/**
 * The chart-drawing thread (started by draw-ahead.ts): draws the specs it is sent with vega, one
 * at a time in the order given, keeps each SVG in the chart cache and sends it back. Compiled
 * as its own entry point by scripts/compiled.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { writeCachedSvg } from './chart-cache.ts';
import type { DrawingRequest, DrawingResult } from './draw-ahead.ts';
import { drawSvg } from './draw-svg.ts';

const { root } = workerData as { root: string };

/** Draws one spec: its SVG, or why vega could not draw it. */
async function draw({ hash, spec }: DrawingRequest): Promise<DrawingResult> {
  try {
    const svg = await drawSvg(spec as TopLevelSpec);
    writeCachedSvg(root, hash, svg);
    return { hash, svg };
  } catch (error) {
    return { hash, error: error instanceof Error ? error.message : String(error) };
  }
}

// One chart at a time: drawing them all at once would hold every view in memory together.
parentPort?.on('message', async (requests: DrawingRequest[]) => {
  for (const request of requests) parentPort?.postMessage(await draw(request));
});
