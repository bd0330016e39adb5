import type { View } from 'vega';
import { CHART_DATA, type ReusableSpec } from './reusable-spec.ts';

/**
 * Builds a vega view from a Vega-Lite spec (compile, parse, construct): the costly part of drawing.
 * @returns undefined when charts of this shape cannot share a view.
 */
export type MakeView = (template: ReusableSpec['template']) => View | undefined;

/** A view kept for one chart shape, with the size it started at and the charts waiting to use it. */
interface PooledView {
  view: View;
  start: { width: number; height: number; padding: ReturnType<View['padding']> };
  queue: Promise<unknown>;
}

/** Shapes kept at once: the generated bar chart, and a few hand-written specs drawn more than once. */
const POOL_SIZE = 4;
const pool = new Map<string, PooledView>();
/** Shapes found unable to share a view, so their specs are not compiled twice a chart. */
const unshared = new Set<string>();

/**
 * Draws a chart with the view kept for its shape, made on first use: compiling and parsing a
 * spec costs several times what drawing it does, and a report's generated charts share one shape.
 * Charts of one shape are drawn one after another, as each sets the shared view's data.
 * @returns vega's SVG, the same as a view made for this chart alone would draw; undefined when
 *   charts of this shape cannot share a view (see MakeView), to be drawn alone.
 */
export async function drawWithPooledView(spec: ReusableSpec, makeView: MakeView): Promise<string | undefined> {
  if (unshared.has(spec.key)) return undefined;
  const pooled = pool.get(spec.key) ?? addToPool(spec, makeView);
  if (!pooled) return undefined;
  const drawing = pooled.queue.then(() => draw(pooled, spec));
  pooled.queue = drawing.catch(() => undefined);
  // A view that failed may be left half-updated: later charts get a new one.
  return drawing.catch((error: unknown) => {
    if (pool.get(spec.key) === pooled) pool.delete(spec.key);
    throw error;
  });
}

async function draw({ view, start }: PooledView, spec: ReusableSpec): Promise<string> {
  // Vega's autosize fits each chart from the size the last one left: start every chart afresh.
  view.width(start.width).height(start.height).padding(start.padding).resize();
  // Copies: vega marks the rows it takes in, and the spec's rows stay the caller's.
  view.data(CHART_DATA, spec.values.map((row) => ({ ...row })));
  for (const { name, value } of spec.parameters) view.signal(name, value);
  return view.toSVG();
}

function addToPool(spec: ReusableSpec, makeView: MakeView): PooledView | undefined {
  const view = makeView(spec.template);
  if (!view) {
    unshared.add(spec.key);
    return undefined;
  }
  const pooled: PooledView = { view, start: { width: view.width(), height: view.height(), padding: view.padding() }, queue: Promise.resolve() };
  pool.set(spec.key, pooled);
  const [oldestKey, oldest] = pool.entries().next().value ?? [];
  if (pool.size > POOL_SIZE && oldestKey !== undefined && oldest) {
    pool.delete(oldestKey);
    void oldest.queue.then(() => oldest.view.finalize());
  }
  return pooled;
}
