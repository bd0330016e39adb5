import type { FigureTable } from '../figures/model.ts';
import { lazyLocation, type YamlFile } from '../figures/yaml-file.ts';
import { tableDataset } from '../open-data/dataset.ts';
import { barSpec } from './bar-spec.ts';
import { barsSummary, summaryItem } from './chart-summary.ts';
import type { Chart, TableChartOptions } from './chart-model.ts';
import { chartSubtitle, tableChartTitle } from './chart-titles.ts';
import { customSpec } from './custom-spec.ts';
import { tableBars } from './table-bars.ts';
import { yamlAt } from './yaml-at.ts';

/**
 * The chart of a figure table, from its `chart:` field: bars (or the hand-written spec), a
 * headline with the total, a subtitle, and a summary, all from the table's data.
 * @param yaml the `chart:` field's YAML, to locate problems in it.
 */
export function tableChart(table: FigureTable, options: TableChartOptions, yaml: YamlFile): Chart {
  const dataset = tableDataset(table);
  const spec = options.spec ? customSpec(options.spec, dataset.rows) : barSpec(tableBars(table, options.sort));
  const statements = table.rows.map((row) => row.latest);
  return {
    id: table.id,
    location: lazyLocation(() => yaml.locate([])),
    title: tableChartTitle(table, options.title),
    subtitle: chartSubtitle(table.description, table.unit, statements),
    summary: barsSummary(table.rows.map(summaryItem), table.total?.value),
    spec,
    specYaml: options.spec ? yamlAt(yaml, ['spec']) : undefined,
    table,
    dataset,
    sources: table.rows.flatMap((row) => row.statements.map((statement) => statement.source)),
  };
}

