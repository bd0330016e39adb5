import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { bareCopy } from './bare-copy.ts';
import { clearCache } from './clear-cache.ts';
import { withRatios, type CaseResult } from './case-result.ts';
import { bareBuild, projectBuild } from './commands.ts';
import { measureRuns } from './measure-runs.ts';
import { mirrorProject } from './project-folder.ts';
import type { CaseOptions } from './synthetic-case.ts';

/**
 * Times the real report's build as after a clean clone (fresh), with no chart drawn yet (cold)
 * and rebuilt with nothing changed, beside bare Eleventy on the same Markdown. It builds a
 * snapshot of the report (see mirrorProject), so the project's own _site/ and .cache/ are left alone.
 * @returns the fresh, cold and rebuild rows.
 */
export async function realReportCases(options: CaseOptions): Promise<CaseResult[]> {
  const projectDir = path.join(options.scratch, 'project');
  const bareDir = path.join(options.scratch, 'bare');
  await mirrorProject(projectDir);
  const markdownPages = await bareCopy(projectDir, bareDir);
  const sections = markdownPages - (await landingPages(projectDir));
  const charts = await countCharts(projectDir);
  const [bare, fresh, cold, rebuild] = await measureRuns([
    { runs: options.runs, command: () => bareBuild(bareDir, path.join(options.scratch, 'bare-out')) },
    { runs: options.runs, before: () => clearCache(projectDir, 'fresh'), command: () => projectBuild(projectDir) },
    { runs: options.runs, before: () => clearCache(projectDir, 'cold'), command: () => projectBuild(projectDir) },
    { runs: options.runs, command: () => projectBuild(projectDir) },
  ]);
  const base = { report: 'real' as const, sections, markdownPages, charts, bare };
  return [
    withRatios({ ...base, name: 'real report, fresh clone', cache: 'fresh', project: fresh }),
    withRatios({ ...base, name: 'real report, cold', cache: 'cold', project: cold }),
    withRatios({ ...base, name: 'real report, rebuild', cache: 'rebuild', project: rebuild }),
  ];
}

/** Publications' landing pages: one index.md a folder under content/. */
async function landingPages(projectDir: string): Promise<number> {
  const entries = await readdir(path.join(projectDir, 'content'), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).length;
}

/** The `{% chart %}` shortcodes in the real content. */
async function countCharts(projectDir: string): Promise<number> {
  const content = path.join(projectDir, 'content');
  const entries = await readdir(content, { recursive: true, withFileTypes: true });
  let charts = 0;
  for (const entry of entries.filter((item) => item.isFile() && item.name.endsWith('.md'))) {
    charts += (await readFile(path.join(entry.parentPath, entry.name), 'utf8')).match(/\{%-?\s*chart\s/g)?.length ?? 0;
  }
  return charts;
}
