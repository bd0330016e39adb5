import { isReportError, type Problem } from '../errors.ts';
import type { FigureRegistry } from '../figures/registry.ts';
import { messages } from '../messages.ts';
import type { ChartFigure, ChartFigureRef, ChartKind } from './chart-model.ts';
import type { YamlFile } from '../figures/yaml-file.ts';

/**
 * Looks up the figures a chart definition names. `table.row` charts every statement of the
 * row, oldest first; `table.row@2013` only the statement of that date or source.
 * @returns the figures found, and a problem at its line for each that is not.
 */
export function resolveFigures(refs: readonly ChartFigureRef[], kind: ChartKind, registry: FigureRegistry, yaml: YamlFile): { figures: ChartFigure[]; problems: Problem[] } {
  const figures: ChartFigure[] = [];
  const problems: Problem[] = [];
  refs.forEach((ref, index) => {
    try {
      figures.push(resolveFigure(ref, registry));
    } catch (error) {
      if (!isReportError(error)) throw error;
      problems.push(...error.problems.map((problem) => ({ ...yaml.locate(['figures', index]), message: problem.message })));
    }
  });
  if (problems.length === 0) problems.push(...checkFigures(figures, kind, yaml));
  return { figures, problems };
}

function resolveFigure(ref: ChartFigureRef, registry: FigureRegistry): ChartFigure {
  const cited = registry.cite(ref.id);
  const all = ref.id.includes('@') ? [cited.statement] : [cited.statement, ...cited.others];
  const statements = all.sort((a, b) => a.date.localeCompare(b.date));
  return { id: cited.id, label: ref.label ?? cited.label, rowLabel: cited.label, unit: cited.unit, statements };
}

/** Bars are compared on one scale, so one unit; before-after and against-target compare two. */
function checkFigures(figures: readonly ChartFigure[], kind: ChartKind, yaml: YamlFile): Problem[] {
  const units = [...new Set(figures.map((figure) => figure.unit))];
  if (units.length > 1) return [{ ...yaml.locate(['figures']), message: messages.chartUnitsDiffer(units) }];
  if (kind !== 'bars' && figures.length !== 2) return [{ ...yaml.locate(['figures']), message: messages.chartFigureCount(kind, figures.length) }];
  return [];
}
