import { parseCsv } from '../open-data/parse-csv.ts';

/** A row of a chart's data, as Vega reads it: text, numbers, yes/no or nothing. */
export type DataRow = Record<string, string | number | boolean | null>;

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * Reads a chart's data file text as Vega-Lite does by default (`parse: auto`): CSV or TSV with a
 * heading line, numbers as numbers, true and false as yes/no, empty cells as nothing.
 * @example parseDataText('a,b\n1,x\n', 'csv') // [{ a: 1, b: 'x' }]
 */
export function parseDataText(text: string, type: string): DataRow[] {
  const records = type === 'tsv' ? parseTsv(text) : type === 'json' ? parseJson(text) : parseCsv(text);
  return records.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typed(value)])));
}

function parseTsv(text: string): Record<string, unknown>[] {
  const [header = [], ...rows] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '').map((line) => line.split('\t'));
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

function parseJson(text: string): Record<string, unknown>[] {
  const parsed = JSON.parse(text) as unknown;
  return Array.isArray(parsed) ? parsed.map((item) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : { data: item })) : [];
}

function typed(value: unknown): string | number | boolean | null {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'string') return value === undefined ? null : JSON.stringify(value);
  const text = value.trim();
  if (text === '') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  return NUMBER.test(text) ? Number(text) : value;
}
