/**
 * The chart-drawing thread (started by draw-ahead.ts): draws each spec it is sent with vega,
 * in turn, keeps the SVG in the chart cache and sends it back. Compiled as its
 * own entry point by scripts/compiled.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawRequest, type DrawingRequest } from './draw-request.ts';

const { root } = workerData as { root: string };

// One message with every chart to draw; each is sent back as soon as it is drawn.
parentPort?.on('message', async (requests: DrawingRequest[]) => {
  for (const request of requests) parentPort?.postMessage(await drawRequest(root, request));
});
