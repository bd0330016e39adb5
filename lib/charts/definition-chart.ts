import { openDataRows } from '../open-data/dataset.ts';
import { barSpec } from './bar-spec.ts';
import type { Chart } from './chart-model.ts';
import { chartSubtitle } from './chart-titles.ts';
import { customSpec } from './custom-spec.ts';
import { definitionBars } from './definition-bars.ts';
import { definitionSummary } from './definition-summary.ts';
import type { LoadedDefinition } from './load-chart-definition.ts';
import { yamlAt } from './yaml-at.ts';

/**
 * The chart a definition file describes: its figures' statements as bars (or its hand-written
 * spec), its headline, a subtitle naming every source, and a summary from the data.
 */
export function definitionChart({ definition, figures, yaml }: LoadedDefinition): Chart {
  // Open data names each measure in full; the short labels are for the bars.
  const rows = openDataRows(figures.map((figure) => ({ ...figure, label: figure.rowLabel })));
  const spec = definition.spec ? customSpec(definition.spec, rows) : barSpec(definitionBars(figures, definition.kind));
  const statements = figures.flatMap((figure) => figure.statements);
  return {
    id: definition.id,
    location: { file: definition.file, line: 1, col: 1 },
    title: definition.title,
    subtitle: chartSubtitle(definition.description, figures[0]?.unit, statements),
    summary: definitionSummary(figures, definition.kind),
    spec,
    specYaml: definition.spec ? yamlAt(yaml, ['spec']) : undefined,
    table: { id: definition.id, title: definition.title, columns: definition.columns, figures },
    dataset: { id: definition.id, title: definition.title, description: definition.description, rows },
    sources: statements.map((statement) => statement.source),
  };
}
