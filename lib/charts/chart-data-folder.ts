import path from 'node:path';
import { messages } from '../messages.ts';

/** The one folder charts may read data from, relative to the project root. */
export const CHART_DATA_DIR = '_data/chart-data';

/** The file types a chart may read, and the Vega-Lite format each is read as. */
const FORMATS: Readonly<Record<string, 'csv' | 'tsv'>> = { '.csv': 'csv', '.tsv': 'tsv' };

/** A chart's data file, once its address is known to name one in CHART_DATA_DIR. */
export interface ChartDataFile {
  /** Root-relative, like _data/chart-data/boroughs.csv. */
  file: string;
  type: 'csv' | 'tsv';
}

// A scheme (http:, file:, data:, C:), a leading / or \ (an absolute path, or //host), or an
// escape (%2e%2e): none of these names a file in the folder, however it is decoded.
const ELSEWHERE = /^(?:[a-z][a-z0-9+.-]*:|[\\/])|%|\\/i;
// Plain names only: no segment can be "..", or hidden (".git"), or empty.
const PLAIN_NAME = /^[a-z0-9_-][a-z0-9_.-]*(?:\/[a-z0-9_-][a-z0-9_.-]*)*$/i;

/**
 * Where a spec's `data.url` points, if it names a CSV or TSV file in CHART_DATA_DIR: written as
 * the file's name there (`boroughs.csv`, `2017/boroughs.csv`) or from the root (`_data/chart-data/boroughs.csv`).
 * Decides from the text alone; the file is read by read-chart-data.ts.
 * @returns the file, or the message saying why the address is refused.
 */
export function chartDataFile(url: unknown): ChartDataFile | { problem: string } {
  const text = typeof url === 'string' ? url.trim() : '';
  if (ELSEWHERE.test(text) || text.includes('..')) return { problem: messages.chartDataElsewhere(String(url), CHART_DATA_DIR) };
  const name = text.startsWith(`${CHART_DATA_DIR}/`) ? text.slice(CHART_DATA_DIR.length + 1) : text;
  const type = FORMATS[path.posix.extname(name).toLowerCase()];
  if (!PLAIN_NAME.test(name) || !type) return { problem: messages.chartDataBadName(String(url), CHART_DATA_DIR) };
  return { file: `${CHART_DATA_DIR}/${name}`, type };
}
