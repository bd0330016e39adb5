import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataError, type Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { findDifferences } from './differences.ts';
import { loadSources } from './load-sources.ts';
import { loadTable } from './load-table.ts';
import type { FigureTable, Figures } from './model.ts';
import { tableFiles } from './table-files.ts';

/** Where the figures live, relative to the project root. */
export interface FigurePaths {
  /** The sources list, e.g. _data/sources.yaml. */
  sourcesFile: string;
  /** The folder of figure tables, e.g. _data/figures. */
  tablesDir: string;
}

export const defaultFigurePaths: FigurePaths = { sourcesFile: '_data/sources.yaml', tablesDir: '_data/figures' };

/**
 * Reads and checks every figure table and the sources they cite.
 * @param schemasChecked the checks passed on exactly these files and this code before
 * (lib/check/check-cache.ts): their schemas need not be checked again, the rest is.
 * @throws DataError listing every problem in every file, when there is any.
 */
export function loadFigures(root: string, paths: FigurePaths = defaultFigurePaths, schemasChecked = false): Figures {
  const problems: Problem[] = [];
  const read = (file: string): string | undefined => readText(root, file, problems);
  const sourcesText = read(paths.sourcesFile);
  const { sources, problems: sourceProblems } = loadSources(sourcesText ?? '', paths.sourcesFile, schemasChecked);
  // Every table cites the sources: with the list unreadable, each citation would be reported
  // as unknown, dozens of messages burying the one mistake. Fix the list first.
  if (sourceProblems.length > 0) throw new DataError([...problems, ...sourceProblems]);
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const tables: FigureTable[] = [];
  for (const file of tableFiles(root, paths.tablesDir, problems)) {
    const text = read(file);
    if (text === undefined) continue;
    const result = loadTable(text, file, path.basename(file, path.extname(file)), sourcesById, schemasChecked);
    problems.push(...result.problems);
    if (result.table) tables.push(result.table);
  }
  // A measure stated differently must say why: checked across tables, as `with:` may name another.
  if (problems.length === 0) problems.push(...findDifferences(tables).problems);
  if (problems.length > 0) throw new DataError(problems);
  return { sources, tables };
}

function readText(root: string, file: string, problems: Problem[]): string | undefined {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch (error) {
    problems.push({ file, message: messages.notReadable((error as NodeJS.ErrnoException).code ?? 'unknown error') });
    return undefined;
  }
}
