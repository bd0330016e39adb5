/**
 * A chart whose `href` encoding holds no web address failed in a vega promise nobody waited for,
 * which ended the process (and `npm start`'s preview): it must fail its drawing instead.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TopLevelSpec } from 'vega-lite';
import { drawSvg } from '../../lib/charts/draw-svg.ts';

function linkedBars(link: unknown, value = 1): TopLevelSpec {
  return {
    data: { values: [{ label: 'A', value, link }] },
    mark: 'bar',
    encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'value', type: 'quantitative' }, href: { field: 'link', type: 'nominal' } },
  } as TopLevelSpec;
}

describe('drawSvg', () => {
  it('throws naming a link that is no web address, and leaves no rejection unhandled', async () => {
    const stray: unknown[] = [];
    const note = (reason: unknown): void => void stray.push(reason);
    process.on('unhandledRejection', note);
    try {
      for (const [link, shown] of [[7, '7'], ['javascript:alert(1)', '"javascript:alert(1)"']] as const) {
        await assert.rejects(drawSvg(linkedBars(link)), { message: `a mark links to ${shown}, which is not a web address (give the href encoding a field of https:// addresses, or remove it)` });
      }
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(stray, []);
    } finally {
      process.off('unhandledRejection', note);
    }
  });

  it('returns a web address as the mark’s link, in a view drawn again after a refused one', async () => {
    await assert.rejects(drawSvg(linkedBars(7, 2)));
    assert.match(await drawSvg(linkedBars('https://example.org/', 2)), /<a xlink:href="https:\/\/example\.org\/">/);
  });
});
