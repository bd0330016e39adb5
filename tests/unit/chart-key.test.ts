import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartCatalog } from '../../lib/charts/chart-catalog.ts';
import { chartHtml } from '../../lib/charts/chart-html.ts';
import { chartKeyHtml, chartOrderText } from '../../lib/charts/chart-key.ts';
import type { Chart } from '../../lib/charts/chart-model.ts';
import { drawSvg } from '../../lib/charts/draw-svg.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { FROZEN_REPORT } from '../fixtures/frozen-report.ts';

const figures = loadFigures(FROZEN_REPORT);
const charts = chartCatalog(FROZEN_REPORT, figures, createRegistry(figures)).charts;
const chart = (id: string): Chart => charts.get(id) as Chart;

describe('chartKeyHtml', () => {
  it('returns a key naming the solid and the light part of a bar for a chart with ranges', () => {
    const key = chartKeyHtml(chart('net-fiscal-benefits'));
    assert.match(key, /^<ul class="chart-key">/);
    assert.match(key, /Solid bar: up to the lowest value/);
    assert.match(key, /Light bar with a dark outline: from the lowest to the highest value/);
  });
  it('returns nothing for a chart without ranges', () => {
    assert.equal(chartKeyHtml(chart('savings')), '');
  });
});

describe('chartOrderText', () => {
  it('returns how a sorted chart orders its bars against its table', () => {
    assert.match(chartOrderText(chart('savings')), /^Bars are sorted from largest to smallest/);
  });
  it("returns nothing for bars in the table's order or a chart definition", () => {
    assert.equal(chartOrderText(chart('net-fiscal-benefits')), '');
    assert.equal(chartOrderText(chart('families')), '');
  });
});

describe('chartHtml with its table on the page', () => {
  it('returns a link to that table instead of a second copy of it', async () => {
    const found = chart('savings');
    const markup = chartHtml(found, await drawSvg(found.spec), { prefix: 'chart-x', csvHref: '/data/x.csv', csvBytes: 1, tableOnPage: 'table-savings' });
    assert.doesNotMatch(markup, /<table|<details/);
    assert.match(markup, /<p class="chart-data-link">The figures are in the table <a href="#table-savings">“Tri-borough savings to date”<\/a> on this page\.<\/p>/);
    assert.match(markup, /sorted from largest to smallest/);
  });
});
