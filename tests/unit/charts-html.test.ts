import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartCatalog } from '../../lib/charts/chart-catalog.ts';
import { chartHtml } from '../../lib/charts/chart-html.ts';
import type { Chart } from '../../lib/charts/chart-model.ts';
import { drawSvg } from '../../lib/charts/draw-svg.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { FROZEN_REPORT } from '../fixtures/frozen-report.ts';

const figures = loadFigures(FROZEN_REPORT);
const charts = chartCatalog(FROZEN_REPORT, figures, createRegistry(figures)).charts;
const placement = { prefix: 'chart-x', csvHref: '/data/x.csv', csvBytes: 655 };

async function html(id: string, change: Partial<Chart> = {}): Promise<string> {
  const chart = { ...(charts.get(id) as Chart), ...change };
  return chartHtml(chart, await drawSvg(chart.spec), placement);
}

describe('chartHtml', () => {
  for (const id of ['savings', 'care-proceedings']) {
    it(`returns the ${id} figure with no blank line, so Markdown keeps it one HTML block`, async () => {
      assert.doesNotMatch(await html(id), /\n[ \t]*\n/);
    });

    it(`returns the ${id} SVG labelled by ids that are on the figure, and no id twice`, async () => {
      const markup = await html(id);
      const ids = [...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      assert.equal(new Set(ids).size, ids.length);
      const labelledBy = /<svg [^>]*aria-labelledby="([^"]+)"/.exec(markup)?.[1]?.split(' ') ?? [];
      assert.deepEqual(labelledBy, ['chart-x-title', 'chart-x-summary']);
      for (const ref of labelledBy) assert.ok(ids.includes(ref));
      assert.ok(ids.every((found) => found?.startsWith('chart-x')), 'every id starts with the chart prefix');
    });
  }

  it('returns every string from YAML escaped', async () => {
    const markup = await html('savings', { title: '<script>alert("x")</script>', summary: 'A & B' });
    assert.ok(!markup.includes('<script>'));
    assert.match(markup, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    assert.match(markup, /A &amp; B/);
  });

  it("keeps $1, $& and ' in a title as text, never as a replacement pattern", async () => {
    const title = "Savings from grants over $1m each: $& and $' and $` too";
    const markup = await html('savings', { title });
    assert.ok(markup.includes(`aria-label="Data for the chart “Savings from grants over $1m each: $&amp; and $&#39; and $\` too”"`), 'the data region is named with the title as written');
    assert.equal(markup.split(`<p class="chart-title" id="chart-x-title">Savings from grants over $1m each: $&amp; and $&#39; and $\` too</p>`).length, 2);
    assert.match(markup, /<section class="table-wrap" aria-label=/);
  });

  it('returns no blank line even when YAML text holds one', async () => {
    assert.doesNotMatch(await html('savings', { subtitle: 'one\n\ntwo' }), /\n[ \t]*\n/);
  });

  it('returns the data table in a details element, and the download link with the size', async () => {
    const markup = await html('savings');
    assert.match(markup, /<details class="chart-data"><summary>Show the data as a table<\/summary><section class="table-wrap"[^>]*><table class="figure-table" id="chart-x-table-savings">/);
    assert.match(markup, /<a href="\/data\/x\.csv" download>Download the data<span class="visually-hidden"> of the chart “[^”]+”<\/span> \(CSV, 655 bytes\)<\/a>/);
  });

  it('returns the statements table, one row a statement, for a chart definition', async () => {
    const markup = await html('families');
    assert.equal([...markup.matchAll(/<tr><th scope="row">/g)].length, 4);
  });
});
