import { sum, type Interval } from '../figures/interval.ts';
import type { FigureRow } from '../figures/model.ts';
import type { Qualifier, Unit } from '../figures/units.ts';
import { formatWithUnit } from '../format/format-with-unit.ts';
import { shareText } from './share-text.ts';

/** A measure as a summary talks about it: its label and its latest value. */
export interface SummaryItem {
  label: string;
  value: Interval;
  unit: Unit;
  qualifier?: Qualifier;
}

/** Turns a table row into what a summary needs: its latest statement. */
export function summaryItem(row: Pick<FigureRow, 'label' | 'unit' | 'latest'>): SummaryItem {
  return { label: row.label, value: row.latest.value, unit: row.unit, qualifier: row.latest.qualifier };
}

/**
 * Says in words what a bar chart shows: the largest bar and its share of the total, then the
 * smallest. Generated from the data, so it is never out of date.
 * @param total the table's total, if it has one; otherwise shares are of the sum of the bars.
 * @example "The largest is Children's services, £4.54m: 46% of the total of £9.92m. The smallest is ..."
 */
export function barsSummary(items: readonly SummaryItem[], total?: Interval): string {
  const sorted = [...items].sort((a, b) => b.value.max - a.value.max || b.value.min - a.value.min);
  const [largest] = sorted;
  const smallest = sorted.at(-1);
  if (!largest || !smallest) return '';
  if (sorted.length === 1) return `${largest.label}: ${valueText(largest)}.`;
  const whole = total ?? sum(sorted.map((item) => item.value));
  const share = shareText(largest.value, whole, largest.qualifier);
  const first = `The largest is ${largest.label}, ${valueText(largest)}: ${share} of the total of ${formatWithUnit(whole, largest.unit)}.`;
  return `${first} The smallest is ${smallest.label}, ${valueText(smallest)}.`;
}

/** A value with its unit and qualifier, as prose says it. */
export function valueText(item: Pick<SummaryItem, 'value' | 'unit' | 'qualifier'>): string {
  return formatWithUnit(item.value, item.unit, item.qualifier);
}
