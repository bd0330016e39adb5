import path from 'node:path';
import type { Problem } from '../errors.ts';
import { DEFAULT_COLUMNS, type TableColumns } from '../figures/model.ts';
import type { FigureRegistry } from '../figures/registry.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { parseYamlFile, type YamlFile } from '../figures/yaml-file.ts';
import { messages } from '../messages.ts';
import type { ChartDefinition, ChartFigure, ChartFigureRef, ChartKind } from './chart-model.ts';
import { chartDefinitionSchema } from './chart-schema.ts';
import { resolveFigures } from './resolve-figures.ts';
import { specDataRows } from './spec-data-rows.ts';
import { specWords } from './spec-words.ts';

/** The folder of chart definition files, relative to the project root. */
export const CHART_DEFINITIONS_DIR = '_data/charts';

/** A chart definition as written: figures may be ids or `{ id, label }`. */
interface RawDefinition {
  title?: string;
  description?: string;
  kind?: ChartKind;
  figures?: Array<string | ChartFigureRef>;
  columns?: Partial<TableColumns>;
  spec?: Record<string, unknown>;
}

/** A checked chart definition with its figures looked up, and the YAML it came from. */
export interface LoadedDefinition {
  definition: ChartDefinition;
  figures: ChartFigure[];
  yaml: YamlFile;
}

/**
 * Reads one chart definition file (_data/charts/<id>.yaml) and checks it: the schema, the
 * figures it names, and that its id is not a figure table's.
 * @returns the definition, or undefined with every problem that stops it being drawn.
 */
export function loadChartDefinition(text: string, file: string, registry: FigureRegistry): { loaded?: LoadedDefinition; problems: Problem[] } {
  const { yaml, problems } = parseYamlFile(text, file);
  if (!yaml) return { problems };
  const schemaProblems = validateSchema(chartDefinitionSchema, yaml);
  if (schemaProblems.length > 0) return { problems: schemaProblems };
  const id = path.posix.basename(file, path.posix.extname(file));
  if (registry.hasTable(id)) return { problems: [{ file, line: 1, col: 1, message: messages.chartIdTaken(id) }] };
  const raw = yaml.data as RawDefinition;
  const missing = missingParts(raw, file);
  if (missing.length > 0) return { problems: missing };
  const refs = (raw.figures ?? []).map((ref) => (typeof ref === 'string' ? { id: ref } : ref));
  const definition: ChartDefinition = { id, file, title: raw.title ?? specWords(raw.spec ?? {}).title ?? '', description: raw.description, kind: raw.kind ?? 'bars', figures: refs, columns: { ...DEFAULT_COLUMNS, ...raw.columns }, spec: raw.spec };
  const resolved = resolveFigures(refs, definition.kind, registry, yaml);
  if (resolved.problems.length > 0) return { problems: resolved.problems };
  return { loaded: { definition, figures: resolved.figures, yaml }, problems: [] };
}

/** A definition needs a headline (its own, or its spec's) and something to draw (figures, or a spec with data of its own). */
function missingParts(raw: RawDefinition, file: string): Problem[] {
  const problems: Problem[] = [];
  if (!raw.title && !specWords(raw.spec ?? {}).title) problems.push({ file, line: 1, col: 1, message: messages.chartNeedsTitle() });
  if (!raw.figures && specDataRows(raw.spec ?? {}) === undefined) problems.push({ file, line: 1, col: 1, message: messages.chartNeedsData() });
  return problems;
}
