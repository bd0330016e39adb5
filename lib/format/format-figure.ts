import { bounds, isSingle, type Interval } from '../figures/interval.ts';
import type { Qualifier, Unit } from '../figures/units.ts';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
const millionsFormat = new Intl.NumberFormat('en-GB', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });

/** Counts of a million or more read better in words when they are round: "1 million", not "1,000,000". */
function formatCount(value: number): string {
  return value >= 1_000_000 && value % 100_000 === 0 ? millionsFormat.format(value) : numberFormat.format(value);
}
const poundsFormat = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 6,
});

/**
 * Formats one number in a unit, as prose and tables show it.
 * @example formatNumber(0.92, '£m') // "£0.92m"
 * @example formatNumber(347000, '£') // "£347,000"
 * @example formatNumber(1720, 'families') // "1,720"
 */
export function formatNumber(value: number, unit: Unit): string {
  switch (unit) {
    case '£m':
      return `${poundsFormat.format(value)}m`;
    case '£':
      return poundsFormat.format(value);
    case 'percent':
      return `${numberFormat.format(value)}%`;
    default:
      return formatCount(value);
  }
}

/**
 * Formats a figure's value: one number, or a range as "£4m to £5m", with the source's
 * qualifier word before it, and "about" for a value the source marks approximate.
 * @example formatInterval(interval({ min: 4, max: 5 }, true), '£m') // "about £4m to £5m"
 */
export function formatInterval(value: Interval, unit: Unit, qualifier?: Qualifier): string {
  const { min, max } = bounds(value);
  const amount = isSingle(value) ? formatNumber(min, unit) : `${formatNumber(min, unit)} to ${formatNumber(max, unit)}`;
  const prefix = qualifier ?? (value.approximate ? 'about' : undefined);
  return prefix ? `${prefix} ${amount}` : amount;
}
