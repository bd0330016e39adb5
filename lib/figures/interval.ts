/**
 * Exact interval arithmetic for figures. A figure is a number or a range of numbers,
 * perhaps approximate. Values are held as whole millionths so that sums of decimals
 * such as 0.92 + 2.85 never drift (no 9.920000000001 on the page).
 */

/** Millionths in one unit: figures may have up to six decimal places. */
const SCALE = 1_000_000;

/** A figure's value: the smallest and largest it may be, in millionths of its unit. */
export interface Interval {
  readonly min: number;
  readonly max: number;
  /** True when the source gives the value as approximate ("~", "about"). */
  readonly approximate: boolean;
}

/** Converts a decimal to whole millionths. */
function toScaled(value: number): number {
  return Math.round(value * SCALE);
}

/**
 * Makes an interval from a number or a `{ min, max }` range.
 * @example interval({ min: 4, max: 5 }, true) // about 4 to 5
 */
export function interval(value: number | { min: number; max: number }, approximate = false): Interval {
  if (typeof value === 'number') return { min: toScaled(value), max: toScaled(value), approximate };
  return { min: toScaled(value.min), max: toScaled(value.max), approximate };
}

/** Adds two intervals: the least plus the least, the most plus the most. */
export function add(a: Interval, b: Interval): Interval {
  return { min: a.min + b.min, max: a.max + b.max, approximate: a.approximate || b.approximate };
}

/** Sums a list of intervals; the sum of none is exactly zero. */
export function sum(values: readonly Interval[]): Interval {
  return values.reduce(add, { min: 0, max: 0, approximate: false });
}

/**
 * The largest number, in a figure's unit, that millionths can hold exactly: beyond it sums drift
 * and, far beyond, become Infinity ("£∞m").
 */
export const LARGEST_EXACT = Math.floor(Number.MAX_SAFE_INTEGER / SCALE);

/** Whether an interval is held exactly: a sum of many large figures may not be. */
export function isExact(value: Interval): boolean {
  return Number.isSafeInteger(value.min) && Number.isSafeInteger(value.max);
}

/** Whether the interval is one number rather than a range. */
export function isSingle(value: Interval): boolean {
  return value.min === value.max;
}

/** The interval's bounds as ordinary decimals, for formatting and charts. */
export function bounds(value: Interval): { min: number; max: number } {
  return { min: value.min / SCALE, max: value.max / SCALE };
}

/** The number of decimal places a number is written with (9.92 -> 2, 65 -> 0). */
export function decimalPlaces(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/**
 * Whether a computed interval matches a stated one once rounded to the stated precision.
 * A stated total of 9.92 matches 9.9200 but not 9.93; a stated 65 to 70 matches 65.4 to 69.6.
 * @param precision decimal places the stated total was written with.
 */
export function matchesStated(computed: Interval, stated: Interval, precision: number): boolean {
  const step = 10 ** Math.max(0, 6 - precision);
  const round = (scaled: number): number => Math.round(scaled / step);
  return round(computed.min) === round(stated.min) && round(computed.max) === round(stated.max);
}
