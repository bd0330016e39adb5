/**
 * The units a figure can be measured in, with what each means to an editor. The schema,
 * the formatter and the error messages all read this one list.
 */
export const UNITS = {
  '£m': 'a number of £ millions, like 0.92',
  '£': 'a number of pounds, like 347000',
  weeks: 'a number of weeks, like 26',
  families: 'a number of families, like 1720',
  people: 'a number of people, like 3500',
  percent: 'a percentage as a number, like 10',
  count: 'a whole count, like 17',
} as const;

export type Unit = keyof typeof UNITS;

/** Whether a string names one of the units above. */
export function isUnit(value: unknown): value is Unit {
  return typeof value === 'string' && Object.hasOwn(UNITS, value);
}

/** Whether figures in this unit are money (and so shown with £). */
export function isMoney(unit: Unit): boolean {
  return unit === '£m' || unit === '£';
}

/** The words a source may put before a number; shown with it wherever it appears. */
export const QUALIFIERS = [
  'about',
  'approximately',
  'around',
  'almost',
  'nearly',
  'over',
  'more than',
  'up to',
  'estimated',
] as const;

export type Qualifier = (typeof QUALIFIERS)[number];

/** Qualifiers that make a value approximate, so sums that use it are approximate too. */
export const APPROXIMATE_QUALIFIERS: readonly Qualifier[] = ['about', 'approximately', 'around', 'almost', 'nearly', 'estimated'];
