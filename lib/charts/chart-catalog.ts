import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import type { Figures } from '../figures/model.ts';
import type { FigureRegistry } from '../figures/registry.ts';
import { messages, suggest } from '../messages.ts';
import type { Chart } from './chart-model.ts';
import { definitionChart } from './definition-chart.ts';
import { CHART_DEFINITIONS_DIR, loadChartDefinition } from './load-chart-definition.ts';
import { loadTableChart } from './load-table-chart.ts';
import { localChartData } from './local-chart-data.ts';
import { ownDataChart } from './own-data-chart.ts';
import { tableChart } from './table-chart.ts';

/** Every chart in the report, and every problem that stops one being drawn. */
export interface ChartCatalog {
  charts: ReadonlyMap<string, Chart>;
  problems: Problem[];
  /** Why `{% chart "id" %}` cannot be drawn, in plain English; undefined when it can. */
  citationProblem(id: string): string | undefined;
}

/**
 * Finds every chart: each figure table with a `chart:` field, and each definition file in
 * _data/charts/, with the data files their specs name read in (local-chart-data.ts).
 * Problems are collected, not thrown, so all of them are reported together.
 * @param root the project root.
 */
export function chartCatalog(root: string, figures: Figures, registry: FigureRegistry): ChartCatalog {
  const charts = new Map<string, Chart>();
  const failed = new Set<string>();
  const problems: Problem[] = [];
  // A hand-written spec's data are read here, once, before anything checks or draws it.
  const add = (id: string, built: Chart): void => {
    const local = localChartData(built, root);
    const described = local.chart ? ownDataChart(local.chart) : { problems: [] };
    problems.push(...local.problems, ...described.problems);
    if (described.chart) charts.set(id, described.chart);
    else failed.add(id);
  };
  for (const table of figures.tables.filter((candidate) => candidate.chart !== undefined)) {
    const { options, yaml, problems: found } = loadTableChart(table, root);
    problems.push(...found);
    if (options && yaml) add(table.id, tableChart(table, options, yaml));
    else failed.add(table.id);
  }
  for (const file of definitionFiles(root)) {
    const { loaded, problems: found } = loadChartDefinition(readFileSync(path.join(root, file), 'utf8'), file, registry);
    problems.push(...found);
    if (loaded) add(loaded.definition.id, definitionChart(loaded));
    else failed.add(path.posix.basename(file, path.posix.extname(file)));
  }
  const citationProblem = (id: string): string | undefined => {
    if (charts.has(id) || failed.has(id)) return undefined;
    if (registry.hasTable(id)) return messages.tableHasNoChart(id);
    return messages.unknownChart(id, suggest(id, charts.keys()), [...charts.keys()]);
  };
  return { charts, problems, citationProblem };
}

/** The chart definition files, as root-relative paths; none when the folder does not exist. */
function definitionFiles(root: string): string[] {
  try {
    return readdirSync(path.join(root, CHART_DEFINITIONS_DIR))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => path.posix.join(CHART_DEFINITIONS_DIR, name));
  } catch {
    return [];
  }
}
