import path from 'node:path';
import { CHART_DEFINITIONS_DIR } from '../charts/load-chart-definition.ts';
import { readChartDefinition } from '../charts/read-chart-definition.ts';
import { DataError } from '../errors.ts';
import { defaultFigurePaths } from '../figures/load-figures.ts';
import { SITE_SETTINGS_FILE, loadSiteSettings, type SiteSettings } from '../site/load-site-settings.ts';
import type { FigureTable } from '../figures/model.ts';
import type { FigureRegistry } from '../figures/registry.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { placementProblem } from '../figures/table-files.ts';
import { parseYamlFile } from '../figures/yaml-file.ts';
import { GLOSSARY_FILE, loadGlossary, type Glossary } from '../glossary/load-glossary.ts';
import { HEADLINES_FILE, loadHeadlines, type Headline } from '../site/headlines.ts';
import { ACCESSIBILITY_FILE, loadAccessibilityProblems, type AccessibilityProblems } from '../site/accessibility-problems.ts';

/**
 * Eleventy's reader for YAML in _data/. Figure tables and the sources list come back checked
 * (with computed totals) from the figures engine, so templates never see unchecked figures;
 * chart definitions in _data/charts/ come back checked against them; the site settings, the
 * headlines and the accessibility problems against their schemas; any other YAML file is
 * parsed as it is, with errors that name the line.
 */
export function readDataFile(contents: string, filePath: string): unknown {
  const file = path.relative(process.cwd(), path.resolve(filePath)).split(path.sep).join('/');
  const { registry, figures } = reportFigures();
  if (file === defaultFigurePaths.sourcesFile) return figures.sources;
  if (file.startsWith(`${defaultFigurePaths.tablesDir}/`)) return figureTable(file, registry);
  if (path.posix.dirname(file) === CHART_DEFINITIONS_DIR) return readChartDefinition(contents, file);
  if (file === SITE_SETTINGS_FILE) return siteSettings(contents, file);
  if (file === GLOSSARY_FILE) return glossary(contents, file);
  if (file === HEADLINES_FILE) return headlines(contents, file, registry);
  if (file === ACCESSIBILITY_FILE) return accessibilityProblems(contents, file);
  const { yaml, problems } = parseYamlFile(contents, file);
  if (!yaml) throw new DataError(problems);
  return yaml.data;
}

function siteSettings(contents: string, file: string): SiteSettings {
  const { settings, problems } = loadSiteSettings(contents, file);
  if (!settings) throw new DataError(problems);
  return settings;
}

/** A table as checked by the figures engine; one saved where no table can be is refused, as the checks refuse it. */
function figureTable(file: string, registry: FigureRegistry): FigureTable {
  const problem = placementProblem(file, defaultFigurePaths.tablesDir);
  if (problem) throw new DataError([{ file, line: 1, col: 1, message: problem }]);
  return registry.table(path.posix.basename(file, path.posix.extname(file)));
}

function glossary(contents: string, file: string): Glossary {
  const { glossary: checked, problems } = loadGlossary(contents, file);
  if (!checked) throw new DataError(problems);
  return checked;
}

function headlines(contents: string, file: string, registry: FigureRegistry): Headline[] {
  const { headlines: checked, problems } = loadHeadlines(contents, registry, file);
  if (problems.length > 0) throw new DataError(problems);
  return checked;
}

function accessibilityProblems(contents: string, file: string): AccessibilityProblems {
  const { list, problems } = loadAccessibilityProblems(contents, file);
  if (!list) throw new DataError(problems);
  return list;
}
