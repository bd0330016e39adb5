import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bounds, interval, matchesStated, sum } from '../../lib/figures/interval.ts';

describe('sum', () => {
  it('returns exact decimals with no floating-point drift', () => {
    const total = sum([0.92, 2.85, 0.26, 0.48, 0.87, 4.54].map((v) => interval(v)));
    assert.deepEqual(bounds(total), { min: 9.92, max: 9.92 });
  });

  it('returns the interval sum of ranges: 38 + (4 to 5) + 15 + 2 + (6 to 10) = 65 to 70', () => {
    const values = [interval(38), interval({ min: 4, max: 5 }), interval(15), interval(2), interval({ min: 6, max: 10 })];
    assert.deepEqual(bounds(sum(values)), { min: 65, max: 70 });
  });

  it('returns an approximate total when any input is approximate', () => {
    assert.equal(sum([interval(1), interval(2, true)]).approximate, true);
    assert.equal(sum([interval(1), interval(2)]).approximate, false);
  });

  it('returns bounds whose min never exceeds max, for any valid ranges (property)', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 })).map(([a, b]) => ({ min: Math.min(a, b) / 100, max: Math.max(a, b) / 100 }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 50 }), (ranges) => {
        const total = bounds(sum(ranges.map((r) => interval(r))));
        const expectedMin = ranges.reduce((acc, r) => acc + Math.round(r.min * 100), 0) / 100;
        const expectedMax = ranges.reduce((acc, r) => acc + Math.round(r.max * 100), 0) / 100;
        return total.min <= total.max && total.min === expectedMin && total.max === expectedMax;
      }),
    );
  });

  it('returns the same total in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100), { maxLength: 30 }), (values) => {
        const forward = bounds(sum(values.map((v) => interval(v))));
        const backward = bounds(sum([...values].reverse().map((v) => interval(v))));
        return forward.min === backward.min && forward.max === backward.max;
      }),
    );
  });
});

describe('matchesStated', () => {
  it('returns true when the sum rounds to the stated total', () => {
    assert.equal(matchesStated(interval(9.92), interval(9.92), 2), true);
    assert.equal(matchesStated(interval(9.9249), interval(9.92), 2), true);
    assert.equal(matchesStated(interval({ min: 65.4, max: 69.6 }), interval({ min: 65, max: 70 }), 0), true);
  });

  it('returns false on a mismatch beyond the stated precision', () => {
    assert.equal(matchesStated(interval(9.93), interval(9.92), 2), false);
    assert.equal(matchesStated(interval({ min: 64, max: 70 }), interval({ min: 65, max: 70 }), 0), false);
  });
});
