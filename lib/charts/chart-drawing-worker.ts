/**
 * The chart-drawing thread (started by draw-ahead.ts): draws each spec it is sent with vega,
 * keeps the SVG in the chart cache and sends it back, then waits for the next. Compiled as its
 * own entry point by scripts/compiled.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawRequest, type DrawingRequest } from './draw-request.ts';

const { root } = workerData as { root: string };

parentPort?.on('message', async (request: DrawingRequest) => {
  parentPort?.postMessage(await drawRequest(root, request));
});
