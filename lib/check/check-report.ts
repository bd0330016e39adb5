import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isReportError, type Problem } from '../errors.ts';
import { findCitations, type Citation } from '../content/find-citations.ts';
import { findRawHtml } from '../content/find-raw-html.ts';
import { readPage } from '../content/read-page.ts';
import { loadFigures } from '../figures/load-figures.ts';
import type { Figures } from '../figures/model.ts';
import { createRegistry, type FigureRegistry } from '../figures/registry.ts';

/** Checks that look at a citation once the figures are known; charts add theirs. */
export type CitationCheck = (citation: Citation, registry: FigureRegistry) => string | undefined;

/**
 * Everything the build checks before it writes anything: the figure tables, every page's
 * front matter, raw HTML, and every figure, table and chart the pages cite.
 * @returns every problem found, in file order; empty when the report can be built.
 */
export function checkReport(root: string, extraChecks: Partial<Record<Citation['kind'], CitationCheck>> = {}): Problem[] {
  let figures: Figures;
  try {
    figures = loadFigures(root);
  } catch (error) {
    if (isReportError(error)) return [...error.problems, ...checkPages(root, undefined, extraChecks)];
    throw error;
  }
  return checkPages(root, figures, extraChecks);
}

function checkPages(root: string, figures: Figures | undefined, extraChecks: Partial<Record<Citation['kind'], CitationCheck>>): Problem[] {
  const sources = new Map((figures?.sources ?? []).map((source) => [source.id, source]));
  const registry = figures ? createRegistry(figures) : undefined;
  const problems: Problem[] = [];
  for (const file of markdownFiles(root, 'content')) {
    const page = readPage(readFileSync(path.join(root, file), 'utf8'), file, sources);
    // Without valid sources every page would repeat the same error; the sources' own problems say it once.
    problems.push(...(figures ? page.problems : page.problems.filter((p) => !p.message.startsWith('unknown source'))));
    if (page.data.allowHtml !== true) problems.push(...findRawHtml(page.body, file, page.bodyLine));
    if (!registry) continue;
    for (const citation of findCitations(page.body, page.bodyLine)) {
      const message = checkCitation(citation, registry, extraChecks);
      if (message) problems.push({ file, line: citation.line, col: citation.col, message });
    }
  }
  return problems;
}

function checkCitation(citation: Citation, registry: FigureRegistry, extraChecks: Partial<Record<Citation['kind'], CitationCheck>>): string | undefined {
  const extra = extraChecks[citation.kind];
  if (extra) return extra(citation, registry);
  try {
    if (citation.kind === 'figure') registry.cite(citation.id);
    if (citation.kind === 'figureTable') registry.table(citation.id);
    return undefined;
  } catch (error) {
    if (isReportError(error)) return error.problems.map((problem) => problem.message).join('; ');
    throw error;
  }
}

/** Every Markdown file under a folder, as root-relative paths with forward slashes. */
export function markdownFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.posix.join(path.relative(root, entry.parentPath).split(path.sep).join('/'), entry.name))
    .sort();
}
