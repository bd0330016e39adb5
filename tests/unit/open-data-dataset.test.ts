import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartCatalog } from '../../lib/charts/chart-catalog.ts';
import { bounds, isSingle } from '../../lib/figures/interval.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { COLUMNS, tableDataset } from '../../lib/open-data/dataset.ts';
import { datasetCsv, datasetCsvBytes, datasetJson } from '../../lib/open-data/dataset-files.ts';
import { parseCsv } from '../../lib/open-data/parse-csv.ts';
import { FROZEN_REPORT } from '../fixtures/frozen-report.ts';

const figures = loadFigures(FROZEN_REPORT);
const registry = createRegistry(figures);

describe('tableDataset', () => {
  for (const table of figures.tables) {
    it(`returns ${table.id} as CSV that parses back to its rows, one a statement`, () => {
      const parsed = parseCsv(datasetCsv(tableDataset(table)));
      const statements = table.rows.flatMap((row) => row.statements.map((statement) => ({ row, statement })));
      assert.equal(parsed.length, statements.length);
      statements.forEach(({ row, statement }, index) => {
        const record = parsed[index] ?? {};
        const { min, max } = bounds(statement.value);
        assert.equal(record.id, `${table.id}.${row.id}`);
        assert.equal(record.label, row.label);
        assert.equal(record.unit, row.unit);
        assert.deepEqual(isSingle(statement.value) ? [Number(record.value), record.min, record.max] : [record.value, Number(record.min), Number(record.max)], isSingle(statement.value) ? [min, '', ''] : ['', min, max]);
        assert.equal(record.approximate, String(statement.value.approximate));
        assert.equal(record.source, statement.source.title);
        assert.equal(record.date, statement.date);
        assert.equal(record.note, statement.note ?? '');
      });
    });
  }

  it('returns JSON with the same rows and columns as the CSV', () => {
    const table = registry.table('net-fiscal-benefits');
    const json = JSON.parse(datasetJson(tableDataset(table))) as { columns: string[]; rows: Record<string, unknown>[] };
    assert.deepEqual(json.columns, [...COLUMNS]);
    const csv = parseCsv(datasetCsv(tableDataset(table)));
    assert.deepEqual(json.rows.map((row) => Object.fromEntries(COLUMNS.map((column) => [column, row[column] === null ? '' : String(row[column])]))), csv);
  });

  it('returns the size of the CSV in bytes, as written in UTF-8', () => {
    const dataset = tableDataset(registry.table('savings'));
    assert.equal(datasetCsvBytes(dataset), Buffer.byteLength(datasetCsv(dataset)));
  });
});

describe('chart definition datasets', () => {
  it('returns one row for each statement of each figure, with the full measure label', () => {
    const chart = chartCatalog(FROZEN_REPORT, figures, registry).charts.get('care-proceedings');
    const rows = parseCsv(datasetCsv(chart?.dataset ?? { id: '', title: '', rows: [] }));
    assert.deepEqual(rows.map((row) => [row.id, row.value, row.date]), [
      ['key-figures.care-weeks-before', '58', '2013'],
      ['key-figures.care-weeks-before', '49', '2017-08-10'],
      ['key-figures.care-weeks-after', '26', '2013'],
      ['key-figures.care-weeks-after', '26', '2017-08-10'],
    ]);
    assert.equal(rows[0]?.label, registry.cite('key-figures.care-weeks-before').label);
  });
});
