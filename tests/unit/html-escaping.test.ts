import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interval } from '../../lib/figures/interval.ts';
import type { FigureTable, Source } from '../../lib/figures/model.ts';
import { escapeHtml } from '../../lib/html/escape-html.ts';
import { figureTableHtml } from '../../lib/html/figure-table-html.ts';

const HOSTILE = `Tom & "Jerry's" <script>alert(1)</script>`;
const source: Source = { id: 's', title: HOSTILE, publisher: HOSTILE, date: '2013' };
const statement = { value: interval(1), source, date: '2013', note: HOSTILE, period: HOSTILE };
const table: FigureTable = {
  id: 't',
  file: '_data/figures/t.yaml',
  title: HOSTILE,
  unit: '£m',
  source,
  columns: { labels: HOSTILE, values: HOSTILE },
  rows: [
    { id: 'a', label: HOSTILE, unit: '£m', statements: [statement], latest: statement, location: { file: 't' } },
    { id: 'b', label: 'B', unit: '£m', statements: [{ ...statement, source: { ...source, id: 'other' } }], latest: { ...statement, source: { ...source, id: 'other' } }, location: { file: 't' } },
  ],
};

describe('escapeHtml', () => {
  it('returns text safe in content and in attributes', () => {
    assert.equal(escapeHtml(HOSTILE), 'Tom &amp; &quot;Jerry&#39;s&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('figureTableHtml', () => {
  it('returns a table where every string from YAML is escaped: caption, column headings, labels, periods, sources and notes', () => {
    const html = figureTableHtml(table);
    assert.doesNotMatch(html, /<script>/);
    assert.doesNotMatch(html, /Tom & /);
    const escaped = html.split(escapeHtml(HOSTILE)).length - 1;
    assert.ok(html.includes(`<thead><tr><th scope="col">${escapeHtml(HOSTILE)}</th><th scope="col" class="num">${escapeHtml(HOSTILE)}</th>`), 'the column headings, escaped');
    assert.ok(escaped >= 11, `expected the hostile text escaped in at least 11 places, found ${escaped}`);
  });
});
