/**
 * The chart builders: each chart's Vega-Lite spec against a stored JSON snapshot (run with
 * UPDATE_SNAPSHOTS=1 to rewrite them after an intended change), and every spec against the
 * Vega-Lite JSON schema, as vega-lite's own examples are tested.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { barSpec } from '../../lib/charts/bar-spec.ts';
import { randomBars } from '../fixtures/random-bars.ts';
import { chartCatalog } from '../../lib/charts/chart-catalog.ts';
import { customSpec } from '../../lib/charts/custom-spec.ts';
import { FONT } from '../../lib/charts/theme.ts';
import { tableDataset } from '../../lib/open-data/dataset.ts';
import { specProblems } from '../../lib/charts/spec-problems.ts';
import { validateSpec } from '../../lib/charts/validate-spec.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { FROZEN_REPORT } from '../fixtures/frozen-report.ts';

// From the project's folder, where the tests run: the compiled tests run from .cache/ (scripts/node-tests.ts).
const SNAPSHOTS = path.resolve('tests/unit/__snapshots__');
const figures = loadFigures(FROZEN_REPORT);
const catalog = chartCatalog(FROZEN_REPORT, figures, createRegistry(figures));

/**
 * Compares a value with its stored JSON snapshot; writes the snapshot when asked to, or when there
 * is none on a developer's machine. Under CI a missing snapshot fails: it would pass by checking nothing.
 */
function matchSnapshot(name: string, value: unknown): void {
  const file = path.join(SNAPSHOTS, `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  assert.ok(value !== undefined, `${name}: nothing to compare`);
  if (!existsSync(file) && process.env.CI) assert.fail(`${name} has no snapshot in tests/unit/__snapshots__/: run UPDATE_SNAPSHOTS=1 npm run test:unit and commit it`);
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  assert.equal(text, readFileSync(file, 'utf8'), `${name} differs from tests/unit/__snapshots__/${name}.json; run UPDATE_SNAPSHOTS=1 npm run test:unit if the change is intended`);
}

describe('chartCatalog', () => {
  it('returns the report charts with no problems', () => {
    assert.deepEqual(catalog.problems, []);
    assert.deepEqual([...catalog.charts.keys()].sort(), ['care-proceedings', 'families', 'net-fiscal-benefits', 'savings']);
  });

  for (const id of ['savings', 'net-fiscal-benefits', 'care-proceedings', 'families']) {
    it(`returns the ${id} spec as in its snapshot`, () => matchSnapshot(`chart-${id}.spec`, catalog.charts.get(id)?.spec));
  }
});

describe('validateSpec', () => {
  for (const [id, chart] of catalog.charts) {
    it(`returns no errors for the ${id} spec`, () => assert.deepEqual(validateSpec(chart.spec), []));
  }

  // The build checks only hand-written specs (check-chart-spec.ts): the specs it builds must be
  // valid for any data an editor can give, so random bars and headings are checked here.
  it('returns no errors for a built bar chart of any bars and headings', () => {
    fc.assert(fc.property(randomBars, (bars) => assert.deepEqual(validateSpec(barSpec(bars)), [])), { numRuns: 200 });
  });

  it('returns an error that names the property and the allowed values, for an invalid spec', () => {
    const spec = { data: { values: [] }, mark: 'bar', encoding: { x: { field: 'value', type: 'quantitativ' } } };
    const [problem] = specProblems(validateSpec(spec), { location: { file: '_data/figures/savings.yaml', line: 14, col: 3 } });
    assert.equal(problem?.file, '_data/figures/savings.yaml');
    assert.equal(problem?.line, 14);
    assert.match(problem?.message ?? '', /^the Vega-Lite spec is not valid at "encoding\.x\.type": it must be one of "quantitative", .* — got "quantitativ" \(did you mean "quantitative"\?\)/);
  });

  it('returns an error naming an unknown property, with the property it may mean', () => {
    const spec = { data: { values: [] }, mark: { type: 'bar', colour: 'red' } };
    const [problem] = specProblems(validateSpec(spec), { location: { file: 'x.yaml' } });
    assert.match(problem?.message ?? '', /not valid at "mark\.colour": "colour" is not a property Vega-Lite knows here \(did you mean "color"\?\)/);
  });

  it('returns an error for a property newer than the installed Vega-Lite that names the version the site uses', () => {
    const spec = { data: { values: [] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative', axis: { labelFromTheFuture: true } } } };
    const [problem] = specProblems(validateSpec(spec), { location: { file: 'x.yaml' } });
    const { version } = JSON.parse(readFileSync('node_modules/vega-lite/package.json', 'utf8')) as { version: string };
    assert.match(problem?.message ?? '', new RegExp(`"labelFromTheFuture" is not a property Vega-Lite knows here; this site draws with Vega-Lite ${version.replaceAll('.', '\\.')},`));
  });
});

describe('customSpec', () => {
  const rows = tableDataset(figures.tables.find((table) => table.id === 'savings') ?? figures.tables[0]!).rows;
  const written = { mark: 'bar', encoding: { y: { field: 'label', type: 'nominal' }, x: { field: 'value', type: 'quantitative' } } };

  it('returns a hand-written spec with the table’s rows as its data and the site’s font, valid Vega-Lite', () => {
    const spec = customSpec(written, rows) as unknown as { data: { values: unknown[] }; config: { font: string } };
    assert.equal(spec.data.values.length, 6);
    assert.equal(spec.config.font, FONT);
    assert.deepEqual(validateSpec(spec), []);
  });

  it('returns the spec’s own data and settings when it gives them, without changing the YAML’s copy', () => {
    const own = { ...written, data: { values: [{ label: 'a', value: 1 }] }, config: { font: 'serif' } };
    const spec = customSpec(own, rows) as unknown as { data: { values: unknown[] }; config: { font: string } };
    assert.equal(spec.data.values.length, 1);
    assert.equal(spec.config.font, 'serif');
    assert.equal((own as { $schema?: string }).$schema, undefined);
  });
});
