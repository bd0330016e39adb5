import { Worker } from 'node:worker_threads';
import { compiledPath } from '../build/compiled-path.ts';
import { readCachedSvg, specHash } from './chart-cache.ts';
import type { Chart } from './chart-model.ts';

/** A chart to draw, as sent to the drawing thread. */
export interface DrawingRequest {
  hash: string;
  spec: unknown;
}

/** What the drawing thread sends back: the SVG, or why vega could not draw it. */
export type DrawingResult = { hash: string; svg: string } | { hash: string; error: string };

/** A drawing under way: the SVG, or an error message; undefined when the thread stopped. */
type Drawing = Promise<{ svg: string } | { error: string } | undefined>;

const drawings = new Map<string, Drawing>();
let worker: Worker | undefined;

/**
 * Starts drawing, on a second thread, every chart not in the cache yet, so a cold build does
 * not wait for vega on its own thread: loading vega and drawing take a few hundred
 * milliseconds (seconds for hundreds of charts) that Eleventy's rendering can use meanwhile.
 * Call only when the charts' specs have passed the checks. Stop with stopDrawingAhead().
 * @param root the project root, where the cache is.
 */
export function drawAhead(root: string, charts: Iterable<Chart>): void {
  const requests = new Map<string, DrawingRequest>();
  for (const chart of charts) {
    const hash = specHash(chart.spec);
    if (!drawings.has(hash) && readCachedSvg(root, hash) === undefined) requests.set(hash, { hash, spec: chart.spec });
  }
  if (requests.size === 0) return;
  worker ??= startWorker(root);
  const started = worker;
  const waiting = new Map<string, (result: Awaited<Drawing>) => void>();
  started.on('message', (result: DrawingResult) => {
    waiting.get(result.hash)?.('svg' in result ? { svg: result.svg } : { error: result.error });
    waiting.delete(result.hash);
    if (waiting.size === 0) stopDrawingAhead();
  });
  // If the thread fails, each chart is drawn on the main thread instead, as without it.
  const giveUp = () => {
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  started.on('error', giveUp);
  started.on('exit', giveUp);
  for (const request of requests.values()) drawings.set(request.hash, new Promise((resolve) => waiting.set(request.hash, resolve)));
  started.postMessage([...requests.values()]);
}

/** The drawing of a spec started by drawAhead, if there is one. */
export function drawingAhead(hash: string): Drawing | undefined {
  return drawings.get(hash);
}

/** Stops the drawing thread (when every chart is drawn, or the build failed) and forgets its drawings. */
export function stopDrawingAhead(): void {
  void worker?.terminate();
  worker = undefined;
  drawings.clear();
}

function startWorker(root: string): Worker {
  return new Worker(compiledPath(root, 'lib/charts/chart-drawing-worker.ts'), { workerData: { root } });
}
