import { COLUMNS, type Dataset } from './dataset.ts';
import { toCsv } from './csv.ts';

/**
 * A dataset as CSV: the columns of COLUMNS, one line a statement.
 * @example datasetCsv(tableDataset(savings)) // "\uFEFFid,label,unit,value,...\r\nsavings.libraries,Libraries,£m,0.92,..."
 */
export function datasetCsv(dataset: Dataset): string {
  return 'columns' in dataset ? toCsv(dataset.columns, dataset.rows) : toCsv(COLUMNS, dataset.rows);
}

/** A dataset as JSON: its id, title and description, and its rows with the CSV's columns. */
export function datasetJson(dataset: Dataset): string {
  const { id, title, description = null, rows } = dataset;
  const columns = 'columns' in dataset ? dataset.columns : COLUMNS;
  return `${JSON.stringify({ id, title, description, columns, rows }, null, 2)}\n`;
}

/** The CSV file's size in bytes, as written: for "Download the data (CSV, 1 KB)". */
export function datasetCsvBytes(dataset: Dataset): number {
  return Buffer.byteLength(datasetCsv(dataset), 'utf8');
}
