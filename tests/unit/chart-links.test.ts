/**
 * A chart whose `href` encoding holds no web address failed in a vega promise nobody waited for,
 * which ended the process (and `npm start`'s preview): it must fail its drawing instead. Charts
 * hold no links at all (the checks refuse href at its line); this is the loader's second guard.
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
  it('throws naming any link it was asked to draw, and leaves no rejection unhandled', async () => {
    const stray: unknown[] = [];
    const note = (reason: unknown): void => void stray.push(reason);
    process.on('unhandledRejection', note);
    try {
      const links = [[7, '7'], ['javascript:alert(1)', 'javascript:alert(1)'], ['https://example.org/', 'https://example.org/']] as const;
      for (const [link, shown] of links) {
        await assert.rejects(drawSvg(linkedBars(link)), { message: `it asks to load "${shown}", and charts read only the data files the build has checked` });
      }
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(stray, []);
    } finally {
      process.off('unhandledRejection', note);
    }
  });

  it('draws the next chart as usual after a refused one', async () => {
    await assert.rejects(drawSvg(linkedBars(7, 2)));
    assert.match(await drawSvg({ ...linkedBars('', 2), encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } } } as TopLevelSpec), /<path /);
  });
});
