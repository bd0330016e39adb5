import path from 'node:path';
import { bareCopy } from './bare-copy.ts';
import { clearCache } from './clear-cache.ts';
import { withRatios, type CaseResult } from './case-result.ts';
import { bareBuild, projectBuild } from './commands.ts';
import { generateReport } from './generate-report.ts';
import { addHandWrittenCharts } from './hand-written-charts.ts';
import { measureRuns } from './measure-runs.ts';
import type { CaseOptions } from './synthetic-case.ts';

/**
 * Times a synthetic report of 100 sections with `charts` hand-written Vega-Lite charts added
 * (each drawn on its own, as no two share a view), cold and rebuilt, beside bare Eleventy on the same Markdown.
 * @returns the cold and rebuild rows.
 */
export async function handWrittenCase(charts: number, options: CaseOptions): Promise<CaseResult[]> {
  const projectDir = path.join(options.scratch, 'project');
  const bareDir = path.join(options.scratch, 'bare');
  const sections = 100;
  const generated = await generateReport(projectDir, { sections, charts: 20 });
  const added = await addHandWrittenCharts(projectDir, charts);
  await bareCopy(projectDir, bareDir);
  const [cold, rebuild, bare] = await measureRuns([
    { runs: options.runs, before: () => clearCache(projectDir, 'cold'), command: () => projectBuild(projectDir) },
    { runs: options.runs, command: () => projectBuild(projectDir) },
    { runs: options.runs, command: () => bareBuild(bareDir, path.join(options.scratch, 'bare-out')) },
  ]);
  const base = { report: 'hand-written' as const, sections: sections + added, markdownPages: generated + added, charts: charts + 20, bare };
  const name = `${sections} sections and ${charts} hand-written charts`;
  return [withRatios({ ...base, name: `${name}, cold`, cache: 'cold', project: cold }), withRatios({ ...base, name: `${name}, rebuild`, cache: 'rebuild', project: rebuild })];
}
