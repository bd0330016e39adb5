/**
 * The chart-drawing thread (started by draw-ahead.ts): draws each spec it is sent with vega, keeps
 * the SVG in the chart cache and sends it back. Compiled as its own entry point by
 * scripts/compiled.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { writeCachedSvg } from './chart-cache.ts';
import type { DrawingRequest, DrawingResult } from './draw-ahead.ts';
import { drawSvg } from './draw-svg.ts';

const { root } = workerData as { root: string };

parentPort?.on('message', async ({ hash, spec }: DrawingRequest) => {
  let result: DrawingResult;
  try {
    const svg = await drawSvg(spec as TopLevelSpec);
    writeCachedSvg(root, hash, svg);
    result = { hash, svg };
  } catch (error) {
    result = { hash, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
