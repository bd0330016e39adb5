import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interval } from '../../lib/figures/interval.ts';
import { formatDate } from '../../lib/format/format-date.ts';
import { formatInterval, formatNumber } from '../../lib/format/format-figure.ts';
import { formatWithUnit } from '../../lib/format/format-with-unit.ts';

describe('formatNumber', () => {
  it('returns money in £ millions as £0.92m', () => assert.equal(formatNumber(0.92, '£m'), '£0.92m'));
  it('returns whole millions without decimals', () => assert.equal(formatNumber(38, '£m'), '£38m'));
  it('returns pounds with thousands separators', () => assert.equal(formatNumber(347000, '£'), '£347,000'));
  it('returns percentages with a % sign', () => assert.equal(formatNumber(10, 'percent'), '10%'));
  it('returns counts with separators', () => assert.equal(formatNumber(1720, 'families'), '1,720'));
  it('returns round millions of a count in words', () => assert.equal(formatNumber(1_000_000, 'count'), '1 million'));
});

describe('formatInterval', () => {
  it('returns a range as "£4m to £5m"', () => assert.equal(formatInterval(interval({ min: 4, max: 5 }), '£m'), '£4m to £5m'));
  it('returns an approximate range with "about"', () => assert.equal(formatInterval(interval({ min: 4, max: 5 }, true), '£m'), 'about £4m to £5m'));
  it('returns the qualifier before the number', () => assert.equal(formatInterval(interval(600000, true), '£', 'nearly'), 'nearly £600,000'));
  it('returns a decimal sum with no drift', () => assert.equal(formatInterval(interval(0.1 + 0.2), '£m'), '£0.3m'));
});

describe('formatWithUnit', () => {
  it('returns counts with their unit word', () => assert.equal(formatWithUnit(interval(26), 'weeks'), '26 weeks'));
  it('returns money without a unit word', () => assert.equal(formatWithUnit(interval(2), '£m'), '£2m'));
});

describe('formatDate', () => {
  it('returns a full date in British style', () => assert.equal(formatDate('2017-08-10'), '10 August 2017'));
  it('returns a month and year', () => assert.equal(formatDate('2013-01'), 'January 2013'));
  it('returns a year as it is', () => assert.equal(formatDate('2013'), '2013'));
});
