import type { Interval } from '../figures/interval.ts';
import type { Qualifier } from '../figures/units.ts';

/** Qualifiers saying the value is a floor ("over 1,000"): its share is rounded down. */
const FLOORS: readonly Qualifier[] = ['over', 'more than'];
/** Qualifiers saying the value is a ceiling ("up to £70m", "nearly"): its share is rounded up. */
const CEILINGS: readonly Qualifier[] = ['up to', 'almost', 'nearly'];

/**
 * What share of a whole a part is, as readers say it: "46%", "54% to 58%" when either is a
 * range, with the part's qualifier ("over 57%") or "about" when either is approximate.
 * A share never overstates its qualifier: "over" rounds down (1,000 of 1,730 is 57.8%, so
 * "over 57%"), "up to" and "nearly" round up; other shares round to the nearest whole percent.
 * @example shareText(interval(4.54), interval(9.92)) // "46%"
 */
export function shareText(part: Interval, whole: Interval, qualifier?: Qualifier): string {
  if (whole.min <= 0) return '';
  const round = qualifier && FLOORS.includes(qualifier) ? Math.floor : qualifier && CEILINGS.includes(qualifier) ? Math.ceil : Math.round;
  const low = percent(part.min / whole.max, round);
  const high = percent(part.max / whole.min, round);
  const amount = low === high ? low : `${low} to ${high}`;
  const prefix = qualifier ?? (part.approximate || whole.approximate ? 'about' : undefined);
  return prefix ? `${prefix} ${amount}` : amount;
}

/** A fraction as a whole percentage, rounded as asked ("58%"); a hair of float error is ignored (0.29 is 29%, not 28%). */
function percent(fraction: number, round: (x: number) => number): string {
  const hundredths = fraction * 100;
  const nearest = Math.round(hundredths);
  const whole = Math.abs(hundredths - nearest) < 1e-9 ? nearest : round(hundredths);
  return `${whole.toLocaleString('en-GB')}%`;
}
