import path from 'node:path';
import { bareCopy } from './bare-copy.ts';
import { clearCache } from './clear-cache.ts';
import { withRatios, type CaseResult } from './case-result.ts';
import { bareBuild, projectBuild } from './commands.ts';
import { generateReport, type ReportSize } from './generate-report.ts';
import { measureRuns } from './measure-runs.ts';

/** Where and how much to measure. */
export interface CaseOptions {
  /** A scratch folder for this case; removed by the caller at the end. */
  scratch: string;
  runs: number;
}

/**
 * Generates a synthetic report, then times its cold build (no chart drawn yet, see CacheState),
 * its rebuild with nothing changed (cache kept) and bare Eleventy on the same Markdown.
 * Each writes over its own previous output, as a rebuild does: the project over the site
 * before last (lib/build/swap-folder.ts), bare Eleventy over its last output folder.
 * @returns the cold and rebuild rows, with the project folder for profiling.
 */
export async function syntheticCase(size: ReportSize, options: CaseOptions): Promise<{ rows: CaseResult[]; projectDir: string }> {
  const projectDir = path.join(options.scratch, 'project');
  const bareDir = path.join(options.scratch, 'bare');
  const markdownPages = await generateReport(projectDir, size);
  await bareCopy(projectDir, bareDir);
  const [cold, rebuild, bare] = await measureRuns([
    { runs: options.runs, before: () => clearCache(projectDir, 'cold'), command: () => projectBuild(projectDir) },
    { runs: options.runs, command: () => projectBuild(projectDir) },
    { runs: options.runs, command: () => bareBuild(bareDir, path.join(options.scratch, 'bare-out')) },
  ]);
  const base = { report: 'synthetic' as const, sections: size.sections, markdownPages, charts: size.charts, bare };
  const name = `synthetic ${size.sections} sections, ${size.charts} charts`;
  const rows = [withRatios({ ...base, name: `${name}, cold`, cache: 'cold', project: cold }), withRatios({ ...base, name: `${name}, rebuild`, cache: 'rebuild', project: rebuild })];
  return { rows, projectDir };
}
