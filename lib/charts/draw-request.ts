import type { TopLevelSpec } from 'vega-lite';
import { writeCachedSvg } from './chart-cache.ts';
import { drawSvg } from './draw-svg.ts';

/** A chart to draw, as sent to the drawing thread. */
export interface DrawingRequest {
  hash: string;
  spec: unknown;
}

/** A drawn chart: the SVG, or why vega could not draw it. */
export type DrawingResult = { hash: string; svg: string } | { hash: string; error: string };

/** Draws one spec with vega and keeps the SVG in the chart cache, on whichever thread runs it. */
export async function drawRequest(root: string, { hash, spec }: DrawingRequest): Promise<DrawingResult> {
  try {
    const svg = await drawSvg(spec as TopLevelSpec);
    writeCachedSvg(root, hash, svg);
    return { hash, svg };
  } catch (error) {
    return { hash, error: error instanceof Error ? error.message : String(error) };
  }
}
