import { parseDataText, type DataRow } from './parse-data-text.ts';

/** Where a chart may hold data of its own beneath the top: its layers, concatenated charts and the chart it repeats or facets. */
const NESTED = ['layer', 'hconcat', 'vconcat', 'concat', 'spec'];

type Node = Record<string, unknown>;

/**
 * The rows a hand-written spec draws from data of its own (data files have been read into it
 * by local-chart-data.ts): the first data it names, at the top or else in its first layer or
 * part that has some; inline values, a file's text, a named dataset or a sequence.
 * @returns the rows, or undefined when the spec names no data of its own (it draws its figures').
 */
export function specDataRows(spec: Readonly<Node>): DataRow[] | undefined {
  const data = firstData(spec);
  return data ? dataRows(data, (spec.datasets ?? {}) as Node) : undefined;
}

function firstData(node: Node): Node | undefined {
  if (isObject(node.data)) return node.data;
  for (const key of NESTED) {
    const children = Array.isArray(node[key]) ? (node[key] as unknown[]) : [node[key]];
    for (const child of children.filter(isObject)) {
      const found = firstData(child);
      if (found) return found;
    }
  }
  return undefined;
}

function dataRows(data: Node, datasets: Node): DataRow[] | undefined {
  const format = (isObject(data.format) ? data.format : {}) as { type?: string };
  if (typeof data.values === 'string') return parseDataText(data.values, format.type ?? 'json');
  if (Array.isArray(data.values)) return valueRows(data.values);
  if (typeof data.name === 'string' && Array.isArray(datasets[data.name])) return valueRows(datasets[data.name] as unknown[]);
  if (isObject(data.sequence)) return sequenceRows(data.sequence);
  return data.name === undefined ? [] : undefined;
}

/** Inline values: objects as they are, anything else as Vega-Lite wraps it, `{ data: value }`. */
function valueRows(values: readonly unknown[]): DataRow[] {
  return values.map((value) => (isObject(value) ? (value as DataRow) : { data: value as DataRow[string] }));
}

function sequenceRows(sequence: Node): DataRow[] {
  const { start = 0, stop = 0, step = 1, as = 'data' } = sequence as { start?: number; stop?: number; step?: number; as?: string };
  // As Vega counts them: start + i × step, so the values are the ones it draws.
  const count = step === 0 ? 0 : Math.min(10_000, Math.max(0, Math.ceil((stop - start) / step)));
  return Array.from({ length: count }, (_, i) => ({ [as]: start + i * step }));
}

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
