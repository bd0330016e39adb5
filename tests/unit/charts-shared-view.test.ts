/**
 * Issue #14, item 1: a hand-written spec whose parts carry their own data is given the chart's
 * rows at the top (customSpec), which made it look shareable; Vega-Lite then drops that unused
 * dataset, and filling it failed with "Unrecognized data set: chartRows".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TopLevelSpec } from 'vega-lite';
import { customSpec } from '../../lib/charts/custom-spec.ts';
import { drawAlone, drawSvg } from '../../lib/charts/draw-svg.ts';
import type { OpenDataRow } from '../../lib/open-data/dataset.ts';

const rows = [{ id: 'a', label: 'Figure row', value: 1 }] as unknown as OpenDataRow[];
// As a CSV in _data/chart-data/ is put into a spec (local-chart-data.ts).
const own = { values: 'borough,saving\nCamden,3\nBrent,5\n', format: { type: 'csv' } };
const bars = { mark: 'bar', encoding: { y: { field: 'borough', type: 'nominal' }, x: { field: 'saving', type: 'quantitative' } } };
const labels = { mark: 'text', encoding: { y: { field: 'borough', type: 'nominal' }, x: { field: 'saving', type: 'quantitative' }, text: { field: 'borough' } } };

const shapes: Array<[string, Record<string, unknown>]> = [
  ['layered', { layer: [{ data: own, ...bars }, { data: own, ...labels }] }],
  ['concatenated', { hconcat: [{ data: own, ...bars }, { data: own, ...labels }] }],
  ['repeated', { repeat: ['saving'], spec: { data: own, mark: 'bar', encoding: { y: { field: 'borough', type: 'nominal' }, x: { field: { repeat: 'repeat' }, type: 'quantitative' } } } }],
];

describe('drawSvg, for a hand-written spec whose parts have their own data', () => {
  for (const [name, spec] of shapes) {
    it(`returns the ${name} chart drawn from its parts' data, as a view of its own draws it`, async () => {
      const ready = customSpec(spec, rows) as TopLevelSpec;
      const svg = await drawSvg(ready);
      assert.match(svg, />Camden</);
      assert.doesNotMatch(svg, /Figure row/);
      assert.equal(svg, await drawAlone(ready));
      assert.equal(await drawSvg(ready), svg, 'drawn again, from the shape known not to share');
    });
  }
});
