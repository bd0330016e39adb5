import { Worker } from 'node:worker_threads';
import { compiledPath } from '../build/compiled-path.ts';
import { hasCachedSvg, specHash } from './chart-cache.ts';
import type { Chart } from './chart-model.ts';
import type { DrawingRequest, DrawingResult } from './draw-request.ts';

/** A drawing under way: the SVG or vega's error; undefined when it must be drawn the usual way. */
type Drawing = Promise<DrawingResult | undefined>;

let worker: Worker | undefined;
const drawings = new Map<string, Drawing>();
const settlers = new Map<string, (result: DrawingResult | undefined) => void>();

/**
 * Starts drawing, on a second thread, every chart not in the cache yet, so a cold build does
 * not wait for vega on its own thread: loading vega and drawing take a few hundred
 * milliseconds (seconds for hundreds of charts) that Eleventy's rendering can use meanwhile.
 * The thread is sent every chart at once and draws them one by one: were it to ask for the next,
 * it would wait for this thread, busy rendering, to hear it. (Drawing some on this thread too,
 * when many wait, was measured: no faster at 200 charts, as Eleventy keeps this thread busy.)
 * Call only when the charts' specs have passed the checks. Stop with stopDrawingAhead().
 * @param root the project root, where the cache is.
 */
export function drawAhead(root: string, charts: Iterable<Chart>): void {
  // Only compiled code (scripts/compiled.mjs) runs on a second thread: on Node 20 a worker does
  // not get tsx's loader, so under tsx every chart is drawn the usual way.
  const script = compiledPath(root, 'lib/charts/chart-drawing-worker.ts');
  if (worker || !script.endsWith('.mjs')) return;
  const requests: DrawingRequest[] = [];
  for (const chart of charts) {
    const hash = specHash(chart.spec);
    if (drawings.has(hash) || hasCachedSvg(root, hash)) continue;
    requests.push({ hash, spec: chart.spec });
    drawings.set(hash, new Promise((resolve) => settlers.set(hash, resolve)));
  }
  if (requests.length === 0) return;
  const started = new Worker(script, { workerData: { root } });
  worker = started;
  started.on('message', (result: DrawingResult) => settle(result.hash, result));
  // If the thread fails, every chart it has not drawn is drawn the usual way, as without it.
  // (Once stopped, its exit says nothing about a later build's drawings.)
  const giveUp = () => {
    if (worker !== started) return;
    for (const hash of [...settlers.keys()]) settle(hash, undefined);
  };
  started.on('error', giveUp);
  started.on('exit', giveUp);
  started.postMessage(requests);
}

/** The drawing of a spec started by drawAhead, if there is one. */
export function drawingAhead(hash: string): Drawing | undefined {
  return drawings.get(hash);
}

/** Stops the drawing thread (when every chart is drawn, or the build failed) and forgets its drawings. */
export function stopDrawingAhead(): void {
  const stopping = worker;
  worker = undefined;
  void stopping?.terminate();
  drawings.clear();
  settlers.clear();
}

function settle(hash: string, result: DrawingResult | undefined): void {
  settlers.get(hash)?.(result);
  settlers.delete(hash);
  if (settlers.size === 0) stopDrawingAhead();
}
