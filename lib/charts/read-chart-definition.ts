import { ConfigError } from '../errors.ts';
import { reportFigures } from '../figures/report-figures.ts';
import type { ChartDefinition } from './chart-model.ts';
import { loadChartDefinition } from './load-chart-definition.ts';

/**
 * A chart definition file as Eleventy's data (`charts.<id>`): checked against the figures.
 * @param file the root-relative path, like _data/charts/families.yaml.
 * @throws ConfigError with every problem in the file.
 */
export function readChartDefinition(text: string, file: string): ChartDefinition {
  const { loaded, problems } = loadChartDefinition(text, file, reportFigures().registry);
  if (!loaded) throw new ConfigError(problems);
  return loaded.definition;
}
