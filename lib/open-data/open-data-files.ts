import { reportCharts } from '../charts/report-charts.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { tableDataset, type Dataset } from './dataset.ts';
import { datasetCsv, datasetJson } from './dataset-files.ts';

/** One file of open data for Eleventy to write: its path in the site and its text. */
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

/**
 * Every file of open data: each figure table, and each chart definition's figures, as CSV and
 * as JSON. content/open-data.njk writes them, one page a file.
 */
export function openDataFiles(): OpenDataFile[] {
  const datasets = new Map<string, Dataset>();
  for (const table of reportFigures().figures.tables) datasets.set(table.id, tableDataset(table));
  for (const chart of reportCharts().charts.values()) if (!datasets.has(chart.dataset.id)) datasets.set(chart.dataset.id, chart.dataset);
  return [...datasets.values()].flatMap((dataset) => [
    { path: openDataPath(dataset.id, 'csv'), text: datasetCsv(dataset) },
    { path: openDataPath(dataset.id, 'json'), text: datasetJson(dataset) },
  ]);
}
