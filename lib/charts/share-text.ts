import type { Interval } from '../figures/interval.ts';
import type { Qualifier } from '../figures/units.ts';

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/**
 * What share of a whole a part is, as readers say it: "46%", "54% to 58%" when either is a
 * range, with the part's qualifier ("over 58%") or "about" when either is approximate.
 * @example shareText(interval(4.54), interval(9.92)) // "46%"
 */
export function shareText(part: Interval, whole: Interval, qualifier?: Qualifier): string {
  if (whole.min <= 0) return '';
  const low = percent.format(part.min / whole.max);
  const high = percent.format(part.max / whole.min);
  const amount = low === high ? low : `${low} to ${high}`;
  const prefix = qualifier ?? (part.approximate || whole.approximate ? 'about' : undefined);
  return prefix ? `${prefix} ${amount}` : amount;
}
