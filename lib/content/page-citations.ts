import { readFileSync } from 'node:fs';
import type { Figures } from '../figures/model.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { findCitations, type Citation } from './find-citations.ts';

/** What a build knows of each page, by its file (a new build reads new figures). */
interface BuildPages {
  /** The Markdown of each page, as Eleventy handed it to the shortcodes engine. */
  texts: Map<string, string>;
  citations: Map<string, Citation[]>;
}

const builds = new WeakMap<Figures, BuildPages>();

function buildPages(): BuildPages {
  const { figures } = reportFigures();
  let pages = builds.get(figures);
  if (!pages) {
    pages = { texts: new Map(), citations: new Map() };
    builds.set(figures, pages);
  }
  return pages;
}

/**
 * Keeps a page's Markdown as Eleventy read it (lib/content/shortcodes-engine.ts), so that its
 * citations are found without reading the file a second time: at 1,000 sections that read
 * took 30 ms of every build.
 */
export function notePageText(inputPath: string, text: string): void {
  buildPages().texts.set(inputPath, text);
}

/**
 * Every figure, table and chart a page cites, found once a build: the page's sources, its
 * notes on differing figures and its charts all ask, on the page and again in the print
 * edition. From the Markdown Eleventy read, else from the file.
 * @param inputPath the page's Markdown file.
 */
export function pageCitations(inputPath: string): Citation[] {
  const { texts, citations } = buildPages();
  let found = citations.get(inputPath);
  if (!found) {
    found = findCitations(texts.get(inputPath) ?? readFileSync(inputPath, 'utf8'));
    citations.set(inputPath, found);
  }
  return found;
}
