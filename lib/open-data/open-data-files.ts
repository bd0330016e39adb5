import { reportCharts } from '../charts/report-charts.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { tableDataset, type Dataset } from './dataset.ts';
import { datasetCsv, datasetJson } from './dataset-files.ts';

/** One file of open data: its path in the site and its text. */
export interface OpenDataFile {
  path: string;
  text: string;
}

/**
 * Where a dataset is published, relative to the site root.
 * @example openDataPath('savings', 'csv') // "data/savings.csv"
 */
export function openDataPath(id: string, format: 'csv' | 'json'): string {
  return `data/${id}.${format}`;
}

/** The files made for each build's figures: the build writes them, then keeps them when it sweeps. */
const made = new WeakMap<object, OpenDataFile[]>();

/**
 * Every file of open data: each figure table, and each chart definition's figures, as CSV and
 * as JSON; made once a build. write-open-data.ts writes them.
 */
export function openDataFiles(): OpenDataFile[] {
  const { figures } = reportFigures();
  let files = made.get(figures);
  if (!files) {
    files = makeOpenDataFiles();
    made.set(figures, files);
  }
  return files;
}

function makeOpenDataFiles(): OpenDataFile[] {
  const datasets = new Map<string, Dataset>();
  for (const table of reportFigures().figures.tables) datasets.set(table.id, tableDataset(table));
  for (const chart of reportCharts().charts.values()) if (!datasets.has(chart.dataset.id)) datasets.set(chart.dataset.id, chart.dataset);
  return [...datasets.values()].flatMap((dataset) => [
    { path: openDataPath(dataset.id, 'csv'), text: datasetCsv(dataset) },
    { path: openDataPath(dataset.id, 'json'), text: datasetJson(dataset) },
  ]);
}
