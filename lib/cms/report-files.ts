/**
 * The report's checked files as text, for the editing screens' pre-save check and preview
 * (lib/cms/browser/report-checks.ts): written at build time to /admin/report-data.json, so the
 * check works wherever the screens save, on this computer or to GitHub.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownFiles } from '../check/check-report.ts';
import { normaliseSource } from '../content/source-text.ts';
import { defaultFigurePaths } from '../figures/load-figures.ts';
import { tableFiles } from '../figures/table-files.ts';
import { glossaryText } from '../glossary/load-glossary.ts';

/** Each file's text by its root-relative path. */
export interface ReportFiles {
  /** Where the sources list and the figure tables are, as the build reads them. */
  sourcesFile: string;
  tablesDir: string;
  sources: string;
  tables: Record<string, string>;
  pages: Record<string, string>;
  /** The glossary's text, when the report has one (the preview marks its terms). */
  glossary?: string;
}

/** Where the build publishes the report's files for the editing screens. */
export const REPORT_DATA_URL = '/admin/report-data.json';

/** Reads the sources list, the figure tables, the Markdown pages and the glossary under `root`. */
export function readReportFiles(root: string): ReportFiles {
  // As the build reads them: a file saved with Windows line endings or a byte order mark reads the same.
  const read = (file: string): string => normaliseSource(readFileSync(path.join(root, file), 'utf8'));
  const texts = (files: string[]): Record<string, string> => Object.fromEntries(files.map((file) => [file, read(file)]));
  return {
    ...defaultFigurePaths,
    sources: read(defaultFigurePaths.sourcesFile),
    tables: texts(tableFiles(root, defaultFigurePaths.tablesDir, [])),
    pages: texts(markdownFiles(root, 'content')),
    glossary: glossaryText(root),
  };
}

/** The files of the project under `root`, as JSON. */
export function reportFilesJson(root: string): string {
  return JSON.stringify(readReportFiles(root));
}
