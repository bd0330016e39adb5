import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { accessibleSvg } from '../../lib/charts/accessible-svg.ts';
import { barDatum } from '../../lib/charts/bar-datum.ts';
import { barSpec } from '../../lib/charts/bar-spec.ts';
import type { Chart } from '../../lib/charts/chart-model.ts';
import { chartSvg } from '../../lib/charts/chart-svg.ts';
import { drawAlone, drawSvg } from '../../lib/charts/draw-svg.ts';
import fc from 'fast-check';
import { randomBars } from '../fixtures/random-bars.ts';
import { prefixIds } from '../../lib/html/prefix-ids.ts';
import { interval } from '../../lib/figures/interval.ts';
import { parseYamlFile } from '../../lib/figures/yaml-file.ts';
import type { Statement } from '../../lib/figures/model.ts';

const source = { id: 'test', title: 'Test', publisher: 'Test', date: '2013' };
const statement = (value: number | { min: number; max: number }): Statement => ({ value: interval(value), source, date: '2013' });
const spec = barSpec([barDatum('a', 'Alpha <b>"&', statement(3), '£m'), barDatum('b', 'Beta', statement({ min: 4, max: 5 }), '£m')]);
const temporary = mkdtempSync(path.join(tmpdir(), 'charts-svg-'));
after(() => rmSync(temporary, { recursive: true, force: true }));

describe('prefixIds', () => {
  it('returns clip path ids and their url() references prefixed', () => {
    const svg = '<svg><g clip-path="url(#clip1)"/><defs><clipPath id="clip1"><rect/></clipPath></defs></svg>';
    assert.equal(prefixIds(svg, 'chart-savings'), '<svg><g clip-path="url(#chart-savings-clip1)"/><defs><clipPath id="chart-savings-clip1"><rect/></clipPath></defs></svg>');
  });

  it('returns href, xlink:href, aria-labelledby and headers references prefixed', () => {
    const html = '<p id="t">T</p><a href="#t">x</a><use xlink:href="#t"/><div aria-labelledby="t other"></div><td headers="t"></td>';
    assert.equal(prefixIds(html, 'c'), '<p id="c-t">T</p><a href="#c-t">x</a><use xlink:href="#c-t"/><div aria-labelledby="c-t other"></div><td headers="c-t"></td>');
  });

  it('returns the ids of two drawn charts distinct, with every reference pointing inside its own chart', async () => {
    // Clipped marks make vega write clip paths, numbered from clip1 in every chart.
    const layers = (spec as { layer: Array<{ mark: object }> }).layer;
    const svg = await drawSvg({ ...spec, layer: layers.map((layer) => ({ ...layer, mark: { ...layer.mark, clip: true } })) } as typeof spec);
    const page = prefixIds(svg, 'chart-one') + prefixIds(svg, 'chart-two');
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(ids.length >= 2, 'vega drew clip paths');
    assert.equal(new Set(ids).size, ids.length, 'no id is repeated');
    const references = [...page.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
    assert.ok(references.length >= 2, 'the clipped marks refer to their clip paths');
    for (const id of references) assert.ok(ids.includes(id), `url(#${id}) points at an id on the page`);
  });
});

// Bar charts share one vega view (view-pool.ts): each must come out as if drawn alone, whatever
// was drawn before it, and charts drawn at once must not take each other's data.
describe('drawSvg', () => {
  it('returns for any bar chart, after any other, the SVG a view of its own draws', async () => {
    await fc.assert(
      fc.asyncProperty(randomBars, async (bars) => assert.equal(await drawSvg(barSpec(bars)), await drawAlone(barSpec(bars)))),
      { numRuns: 60 },
    );
  });

  it('throws the error vega only logs, as an expression failing on a row, rather than drawing the chart empty', async () => {
    const failing = { data: { values: [{ label: 'Alpha', value: 1 }] }, transform: [{ calculate: 'datum.missing.deeper', as: 'y' }], mark: 'bar', encoding: { x: { field: 'value', type: 'quantitative' }, y: { field: 'y', type: 'nominal' } } };
    for (const draw of [drawSvg, drawAlone]) await assert.rejects(draw(failing as never), /Cannot read properties of undefined \(reading 'deeper'\)/);
  });

  it('returns each chart its own SVG when many are drawn at once', async () => {
    const specs = fc.sample(randomBars, { numRuns: 12, seed: 7 }).map((bars) => barSpec(bars));
    const atOnce = await Promise.all(specs.map((one) => drawSvg(one)));
    for (const [index, one] of specs.entries()) assert.equal(atOnce[index], await drawAlone(one));
  });
});

describe('accessibleSvg', () => {
  it('returns the SVG as one labelled image, without vega’s roles, height or ARIA inside', async () => {
    const svg = accessibleSvg(await drawSvg(spec), ['c-title', 'c-summary']);
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="c-title c-summary"/);
    assert.match(svg, /^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    // The width it was drawn at stays (print lays it out no wider); the height follows from the viewBox.
    const root = svg.slice(0, svg.indexOf('>'));
    assert.doesNotMatch(root, /\sheight=/);
    assert.equal(root.match(/\swidth="(\d+)"/)?.[1], root.match(/viewBox="0 0 (\d+) /)?.[1]);
    assert.doesNotMatch(svg.slice(svg.indexOf('>')), /\srole=|aria-(label|roledescription)=/);
    assert.match(svg, /role="img"[^>]*><g aria-hidden="true">/);
  });

  it('returns text from YAML escaped in the SVG', async () => {
    const svg = await drawSvg(spec);
    assert.ok(svg.includes('Alpha &lt;b&gt;&quot;&amp;') || svg.includes('Alpha &lt;b&gt;"&amp;'));
    assert.ok(!svg.includes('<b>'));
  });
});

describe('chartSvg', () => {
  const chart = { id: 'test', location: { file: 'test.yaml' }, spec } as unknown as Chart;

  it('returns the drawn SVG and keeps it in the cache', async () => {
    const svg = await chartSvg(chart, temporary);
    assert.match(svg, /^<svg /);
    assert.ok(readdirSync(path.join(temporary, '.cache/charts')).some((name) => name.endsWith('.svg')));
  });

  it('returns the cached SVG on the next call, unchanged', async () => {
    assert.equal(await chartSvg(chart, temporary), await chartSvg(chart, temporary));
  });

  it('throws a ConfigError at the line of the chart’s file naming the property, for an invalid hand-written spec', async () => {
    const { yaml } = parseYamlFile('mark: bar\nwidth: wide\n', 'test.yaml');
    const invalid = { ...chart, spec: { ...spec, width: 'wide' }, specYaml: yaml } as unknown as Chart;
    await assert.rejects(chartSvg(invalid, temporary), (error: Error) => {
      assert.equal(error.name, 'ConfigError');
      assert.match(error.message, /^test\.yaml:2:\d+: the Vega-Lite spec is not valid at "width"/);
      return true;
    });
  });
});
