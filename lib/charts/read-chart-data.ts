import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../messages.ts';
import { CHART_DATA_DIR, chartDataFile, type ChartDataFile } from './chart-data-folder.ts';

/** A chart's data file as read at build time: its text goes into the spec, and so into the chart's cache key. */
export interface ChartData extends ChartDataFile {
  text: string;
}

/**
 * Reads the file a spec's `data.url` names, if it is a CSV or TSV file really inside
 * CHART_DATA_DIR (a link in the folder to a file elsewhere is refused: links are followed
 * before the check, and the file read is the one checked) with at least one row.
 * @param root the project root.
 * @returns the data, or the message saying why the chart cannot have it.
 */
export function readChartData(url: unknown, root: string): ChartData | { problem: string } {
  const named = chartDataFile(url);
  if ('problem' in named) return named;
  let text: string;
  try {
    const real = realpathSync(path.join(root, named.file));
    if (!real.startsWith(realpathSync(path.join(root, CHART_DATA_DIR)) + path.sep)) return { problem: messages.chartDataElsewhere(String(url), CHART_DATA_DIR) };
    if (!statSync(real).isFile()) return { problem: messages.chartDataUnreadable(named.file, 'it is a folder, not a file') };
    text = readFileSync(real, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: messages.chartDataMissing(named.file) };
    return { problem: messages.chartDataUnreadable(named.file, code ?? String(error)) };
  }
  // A heading line alone draws an empty chart, which would be published and cached as if right.
  if (text.split(/\r?\n/).filter((line) => line.trim()).length < 2) return { problem: messages.chartDataEmpty(named.file) };
  return { ...named, text };
}
