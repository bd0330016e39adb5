/**
 * One value changed in a table changes every place that shows it or a total built from it:
 * the prose, the table, the chart (its headline, summary and SVG), the print edition and the
 * open data. Runs the real build on a copy of the project.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, copyProject, edit } from '../fixtures/project-copy.ts';

let dir = '';
const page = (url: string): string => readFileSync(path.join(dir, '_site', url, 'index.html'), 'utf8');

before(async () => {
  dir = copyProject();
  edit(dir, '_data/figures/savings.yaml', 'value: 0.92', 'value: 1.92');
  edit(dir, '_data/figures/savings.yaml', 'stated: 9.92', 'stated: 10.92');
  edit(dir, '_data/figures/savings.yaml', 'labels: Service area', 'labels: Shared service');
  const result = await build(dir, ['--quiet']);
  assert.equal(result.code, 0, result.output);
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('a changed table value', () => {
  it('changes the total cited in prose', () => {
    assert.match(page('tri-borough-story/two-years-on'), /<data class="figure" value="10.92" data-figure="savings.total">£10.92m<\/data>/);
    assert.match(page('tri-borough-story'), /data-figure="savings.total">£10.92m</);
  });

  it('changes the row and the total row of the table', () => {
    const html = page('tri-borough-story/two-years-on');
    const table = /<table class="figure-table" id="table-savings">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    assert.match(table, /Libraries<\/th><td class="num">£1.92m</);
    assert.match(table, /<tfoot>[\s\S]*£10.92m[\s\S]*<\/tfoot>/);
    assert.doesNotMatch(table, /£9.92m|£0.92m/);
  });

  it('takes the table\'s column headings from its YAML', () => {
    const table = /<table class="figure-table" id="table-savings">[\s\S]*?<\/table>/.exec(page('tri-borough-story/two-years-on'))?.[0] ?? '';
    assert.match(table, /<thead><tr><th scope="col">Shared service<\/th><th scope="col" class="num">Savings<\/th><\/tr><\/thead>/);
  });

  it('changes the chart: its headline, its summary and the value drawn in the SVG', () => {
    const chart = /<figure class="chart" id="chart-savings">[\s\S]*?<\/figure>/.exec(page('tri-borough-story/two-years-on'))?.[0] ?? '';
    const svg = /<svg[\s\S]*?<\/svg>/.exec(chart)?.[0] ?? '';
    assert.match(chart, /£10.92m/);
    assert.match(svg, /£1.92m/);
    assert.doesNotMatch(chart, /£9.92m|£0.92m/);
  });

  it('changes the print edition and the open data', () => {
    assert.match(page('tri-borough-story/print'), /£10.92m/);
    assert.doesNotMatch(page('tri-borough-story/print'), /£9.92m/);
    assert.match(readFileSync(path.join(dir, '_site/data/savings.csv'), 'utf8'), /savings\.libraries,Libraries,£m,1\.92/);
  });
});
