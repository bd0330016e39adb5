import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableRegion } from '../../lib/html/table-region.ts';

const head = (...headings: string[]): string => `<thead><tr>${headings.map((text) => `<th scope="col">${text}</th>`).join('')}</tr></thead>`;

describe('tableRegion', () => {
  it('returns a two-column table in a named, focusable region, as it was', () => {
    const table = `<table class="figure-table"><caption id="c">T</caption>${head('Area', 'Savings')}<tbody><tr><th scope="row">A</th><td class="num">£1m</td></tr></tbody></table>`;
    assert.equal(tableRegion('c', table), `<section class="table-wrap" aria-labelledby="c" tabindex="0">${table}</section>`);
  });

  it('returns a wider table marked to stack, each value cell labelled with its column heading', () => {
    const table = `<table class="figure-table">${head('Project', 'Net &quot;saving&quot;', 'Notes')}<tbody><tr><th scope="row">A</th><td class="num">£1m</td><td></td></tr></tbody><tfoot><tr><th scope="row">Total</th><td class="num">£1m</td><td></td></tr></tfoot></table>`;
    const html = tableRegion('c', table);
    assert.match(html, /<table class="figure-table stacks">/);
    assert.equal([...html.matchAll(/<td class="num" data-label="Net &quot;saving&quot;">/g)].length, 2);
    assert.equal([...html.matchAll(/<td data-label="Notes">/g)].length, 2);
    assert.doesNotMatch(html, /<th[^>]*data-label/);
  });
});
