import { bounds } from '../figures/interval.ts';
import type { Statement } from '../figures/model.ts';
import type { Unit } from '../figures/units.ts';
import { formatWithUnit } from '../format/format-with-unit.ts';
import type { ChartDatum } from './chart-model.ts';
import { COLOURS } from './theme.ts';

/** How a bar is drawn: solid in a colour, or as an outline (for a target). */
export type BarStyle = 'solid' | 'earlier' | 'outline';

const styles: Record<BarStyle, Pick<ChartDatum, 'fill' | 'stroke'>> = {
  solid: { fill: COLOURS.brand, stroke: COLOURS.brand },
  earlier: { fill: COLOURS.earlier, stroke: COLOURS.earlier },
  outline: { fill: COLOURS.outlineFill, stroke: COLOURS.brand },
};

/**
 * One bar: a statement's value drawn from zero (a range from its min to its max), labelled
 * with the value as text, qualifier and all ("about £4m to £5m").
 * @param key the bar's unique place in the chart.
 */
export function barDatum(key: string, label: string, statement: Statement, unit: Unit, style: BarStyle = 'solid'): ChartDatum {
  const { min, max } = bounds(statement.value);
  const text = formatWithUnit(statement.value, unit, statement.qualifier);
  return { key, kind: 'bar', label, min, max, text, ...styles[style] };
}

/** A heading over a group of bars, like the source the group's values come from. */
export function headingDatum(key: string, label: string): ChartDatum {
  return { key, kind: 'heading', label, min: 0, max: 0, text: '', fill: COLOURS.brand, stroke: COLOURS.brand };
}
