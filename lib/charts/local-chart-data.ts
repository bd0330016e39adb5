import type { Problem } from '../errors.ts';
import type { YamlPath } from '../figures/yaml-file.ts';
import { messages } from '../messages.ts';
import type { Chart } from './chart-model.ts';
import { readChartData, type ChartData } from './read-chart-data.ts';
import { specAddresses, type SpecAddress } from './spec-addresses.ts';

/**
 * A chart with a hand-written spec, made safe to draw: each `data.url` replaced by the text of
 * the file it names in the chart data folder, read now (so the file's content is part of the
 * spec, and of its cache key, and vega loads nothing), and no links or images.
 * @param root the project root.
 * @returns the chart, or every problem, each at the line of the YAML it was written on.
 */
export function localChartData(chart: Chart, root: string): { chart?: Chart; problems: Problem[] } {
  if (!chart.specYaml) return { chart, problems: [] };
  const spec = structuredClone(chart.spec) as unknown as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const address of specAddresses(chart.specYaml.data)) {
    const read = address.kind === 'data' ? readChartData(address.value, root) : { problem: refusal(address) };
    if ('problem' in read) problems.push({ ...chart.specYaml.locate(address.path), message: read.problem });
    else inline(spec, address.path.slice(0, -1), read);
  }
  return problems.length > 0 ? { problems } : { chart: { ...chart, spec: spec as unknown as Chart['spec'] }, problems };
}

function refusal(address: SpecAddress): string {
  if (address.kind === 'style') return messages.chartStyleAddress(String(address.value));
  return address.kind === 'link' ? messages.chartLink() : messages.chartImage();
}

/** Replaces `url` in the data at `path` with the file's text, which Vega-Lite reads by its `format.type`. */
function inline(spec: Record<string, unknown>, path: YamlPath, data: ChartData): void {
  const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], spec) as Record<string, unknown>;
  const format = (target.format ?? {}) as Record<string, unknown>;
  delete target.url;
  target.values = data.text;
  target.format = { ...format, type: format.type ?? data.type };
}
