import type { TopLevelSpec } from 'vega-lite';
import { closedLoader, closeView } from './closed-loader.ts';
import { CHART_DATA, reusableSpec } from './reusable-spec.ts';
import { textWidth } from './text-width.ts';
import { drawWithPooledView } from './view-pool.ts';

/** The part of vega's text measurer charts replace: vega-scenegraph's `textMetrics`. */
interface TextMetrics {
  width: (item: { fontSize?: number; fontWeight?: string | number }, text?: unknown) => number;
}

type VegaSpec = import('vega').Spec;

/** What drawing needs from vega and vega-lite, loaded once, on the first chart that is not cached. */
interface Vega {
  parse: typeof import('vega').parse;
  View: typeof import('vega').View;
  loader: typeof import('vega').loader;
  compile: typeof import('vega-lite').compile;
}

let loading: Promise<Vega> | undefined;

/** Imports vega and vega-lite (about half a second) once a process, and installs the text measurer. */
function loadVega(): Promise<Vega> {
  loading ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => {
    const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
    metrics.width = (item, text) => textWidth(String(text ?? '').trim(), item.fontSize ?? 11, isBold(item.fontWeight));
    return { parse: vega.parse, View: vega.View, loader: vega.loader, compile: vegaLite.compile };
  });
  return loading;
}

function isBold(weight: string | number | undefined): boolean {
  return weight === 'bold' || (typeof weight === 'number' && weight >= 600);
}

/** Vega-Lite's warnings go nowhere: specs are checked against its schema before they are drawn. */
const quiet = { level: () => quiet, error: () => quiet, warn: () => quiet, info: () => quiet, debug: () => quiet };

/**
 * Draws a Vega-Lite spec as SVG markup, in Node, with no browser: with the view kept for its
 * shape when its data are inline (view-pool.ts), else with a view of its own.
 * @returns vega's SVG, unchanged.
 */
export async function drawSvg(spec: TopLevelSpec): Promise<string> {
  const reusable = reusableSpec(spec);
  if (!reusable) return drawAlone(spec);
  const vega = await loadVega();
  return (await drawWithPooledView(reusable, (template) => makeSharedView(vega, template))) ?? drawAlone(spec);
}

/** Draws a spec with a view of its own, made for it and thrown away. */
export async function drawAlone(spec: TopLevelSpec): Promise<string> {
  const vega = await loadVega();
  const view = makeView(vega, compileSpec(vega, spec));
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function compileSpec({ compile }: Vega, spec: TopLevelSpec): VegaSpec {
  return compile(spec, { logger: quiet as never }).spec;
}

/**
 * A view a chart of this shape can share, or undefined when the compiled spec does not read
 * its data from the one dataset the shared view fills: Vega-Lite drops a top-level dataset no
 * part of the chart uses (layers with data of their own), and other datasets would not be refilled.
 */
function makeSharedView(vega: Vega, template: TopLevelSpec): import('vega').View | undefined {
  const compiled = compileSpec(vega, template);
  const sources = (compiled.data ?? []).filter((data) => !('source' in data));
  return sources.length === 1 && sources[0]?.name === CHART_DATA ? makeView(vega, compiled) : undefined;
}

/** A view whose loader reads and fetches nothing (closed-loader.ts), and whose errors fail the drawing. */
function makeView({ View, parse, loader }: Vega, compiled: VegaSpec): import('vega').View {
  const closed = closedLoader(loader);
  const errors: string[] = [];
  const view = new View(parse(compiled), { renderer: 'none', loader: closed.loader, logger: failingLogger(errors) as never });
  return failOnError(closeView(view, closed), errors);
}

/** A vega logger that keeps each error: vega only logs them, and draws what it can. */
function failingLogger(errors: string[]): object {
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      errors.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
      return logger;
    },
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** Makes a view's drawing fail when vega logged an error, so a chart drawn only in part is reported, not published (and cached). */
function failOnError(view: import('vega').View, errors: readonly string[]): import('vega').View {
  const toSvg = view.toSVG.bind(view);
  view.toSVG = async (scaleFactor?: number) => {
    const svg = await toSvg(scaleFactor);
    if (errors.length > 0) throw new Error(errors[0]);
    return svg;
  };
  return view;
}
