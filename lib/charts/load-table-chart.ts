import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import type { FigureTable } from '../figures/model.ts';
import { tableYaml } from '../figures/load-table.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { parseYamlFile, type YamlFile } from '../figures/yaml-file.ts';
import type { TableChartOptions } from './chart-model.ts';
import { tableChartSchema } from './chart-schema.ts';
import { yamlAt } from './yaml-at.ts';

/**
 * Checks a table's `chart:` field against its schema, at the lines of the file the table was
 * loaded from (read again only for a table built some other way).
 * @param root the project root that table.file is relative to.
 * @returns the options and the `chart:` field's YAML (for locating spec problems), or the problems.
 */
export function loadTableChart(table: FigureTable, root: string): { options?: TableChartOptions; yaml?: YamlFile; problems: Problem[] } {
  const known = tableYaml(table);
  const { yaml, problems } = known ? { yaml: known, problems: [] } : parseYamlFile(readFileSync(path.join(root, table.file), 'utf8'), table.file);
  if (!yaml) return { problems };
  const chartYaml = yamlAt(yaml, ['chart']);
  const schemaProblems = validateSchema(tableChartSchema, chartYaml);
  if (schemaProblems.length > 0) return { problems: schemaProblems };
  return { options: chartYaml.data as TableChartOptions, yaml: chartYaml, problems: [] };
}
