import type { Interval } from '../figures/interval.ts';
import type { Qualifier, Unit } from '../figures/units.ts';
import { formatInterval } from './format-figure.ts';

const unitWords: Partial<Record<Unit, string>> = { weeks: 'weeks', families: 'families', people: 'people' };

/**
 * Formats a figure with its unit spelt out, for tables that mix units.
 * @example formatWithUnit(interval(26), 'weeks') // "26 weeks"
 */
export function formatWithUnit(value: Interval, unit: Unit, qualifier?: Qualifier): string {
  const text = formatInterval(value, unit, qualifier);
  const word = unitWords[unit];
  return word ? `${text} ${word}` : text;
}
