import { ConfigError } from '../errors.ts';
import { messages } from '../messages.ts';
import { readCachedSvg, specHash, writeCachedSvg } from './chart-cache.ts';
import { checkChartSpec } from './check-chart-spec.ts';
import type { Chart } from './chart-model.ts';
import { drawingAhead } from './draw-ahead.ts';
import { drawSvg } from './draw-svg.ts';

/**
 * A chart as vega's SVG: from the cache when this spec was drawn before (vega is then not
 * even imported), or from the drawing thread when a build started it there (draw-ahead.ts),
 * else checked against the Vega-Lite schema, drawn, and kept in the cache.
 * @param root the project root, where .cache/charts/ is.
 * @throws ConfigError at the chart's YAML when the spec is invalid or cannot be drawn.
 */
export async function chartSvg(chart: Chart, root: string = process.cwd()): Promise<string> {
  const hash = specHash(chart.spec);
  const cached = readCachedSvg(root, hash);
  if (cached !== undefined) return cached;
  const ahead = await drawingAhead(hash);
  if (ahead && 'svg' in ahead) return ahead.svg;
  if (ahead) throw notDrawn(chart, ahead.error);
  const problems = checkChartSpec(chart, root);
  if (problems.length > 0) throw new ConfigError(problems);
  let svg: string;
  try {
    svg = await drawSvg(chart.spec);
  } catch (error) {
    throw notDrawn(chart, error instanceof Error ? error.message : String(error));
  }
  writeCachedSvg(root, hash, svg);
  return svg;
}

function notDrawn(chart: Chart, reason: string): ConfigError {
  // At the spec itself when it is hand-written: the editor's part of the file.
  const where = chart.specYaml?.locate([]) ?? chart.location;
  return new ConfigError([{ ...where, message: messages.chartNotDrawn(reason) }]);
}
