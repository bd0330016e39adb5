import { readFileSync } from 'node:fs';
import type { Figures } from '../figures/model.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { findCitations, type Citation } from './find-citations.ts';

/** Each page's citations, by its file, found once a build (a new build reads new figures). */
const found = new WeakMap<Figures, Map<string, Citation[]>>();

/**
 * Every figure, table and chart a page's source cites, read from its file once a build: the
 * page's sources, its notes on differing figures and its charts all ask, on the page and again in
 * the print edition.
 * @param inputPath the page's Markdown file.
 */
export function pageCitations(inputPath: string): Citation[] {
  const { figures } = reportFigures();
  const known = found.get(figures) ?? new Map<string, Citation[]>();
  found.set(figures, known);
  let citations = known.get(inputPath);
  if (!citations) {
    citations = findCitations(readFileSync(inputPath, 'utf8'));
    known.set(inputPath, citations);
  }
  return citations;
}
