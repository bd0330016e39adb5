import { barDatum, headingDatum, type BarStyle } from './bar-datum.ts';
import type { ChartDatum, ChartFigure, ChartKind } from './chart-model.ts';
import { statementGroups } from './statement-groups.ts';

/** How each of the two figures is drawn: before in grey then after in blue; achieved solid, target outlined. */
const pairStyles: Record<Exclude<ChartKind, 'bars'>, [BarStyle, BarStyle]> = {
  'before-after': ['earlier', 'solid'],
  'against-target': ['solid', 'outline'],
};

/**
 * The bars of a chart definition. `bars`: one a figure, its latest statement. The pair kinds:
 * a heading for each source and date, then a bar for each figure that source states, so both
 * sources' baselines are shown.
 */
export function definitionBars(figures: readonly ChartFigure[], kind: ChartKind): ChartDatum[] {
  if (kind === 'bars') return figures.flatMap((figure) => latestBar(figure));
  const styles = pairStyles[kind];
  return statementGroups(figures).flatMap((group) => [
    headingDatum(group.key, group.heading),
    ...group.entries.map(({ figure, statement }) => {
      const style = styles[figures.indexOf(figure)] ?? 'solid';
      return barDatum(`${group.key}|${figure.id}`, figure.label, statement, figure.unit, style);
    }),
  ]);
}

function latestBar(figure: ChartFigure): ChartDatum[] {
  const latest = figure.statements.at(-1);
  return latest ? [barDatum(figure.id, figure.label, latest, figure.unit)] : [];
}
