import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkCharts } from '../charts/check-charts.ts';
import { isReportError, type Problem } from '../errors.ts';
import { findCitations } from '../content/find-citations.ts';
import { findRawHtml } from '../content/find-raw-html.ts';
import { findTemplateTags } from '../content/find-template-tags.ts';
import { markdownTokens } from '../content/markdown-tokens.ts';
import { readPage, type PageSource } from '../content/read-page.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { checkSiteSettings } from '../site/load-site-settings.ts';
import { checkGlossary } from '../glossary/check-glossary.ts';
import { checkHeadlines } from '../site/headlines.ts';
import { checkAccessibilityProblems } from '../site/accessibility-problems.ts';
import type { Figures } from '../figures/model.ts';
import { createRegistry } from '../figures/registry.ts';
import { checkCitation } from './check-citation.ts';
import { findFileProblems } from './find-file-problems.ts';
import { findBrokenLinks, headingAnchors, pageUrl, type LinkTarget } from './find-broken-links.ts';
import { findHeadingProblems } from './find-heading-problems.ts';
import { findImageProblems } from './find-image-problems.ts';
import { findInlineBlocks } from './find-inline-blocks.ts';
import { findPagePlacementProblems } from './find-page-placement-problems.ts';
import { findTypedFigures } from './find-typed-figures.ts';

/** Addresses the site makes that have no Markdown file of their own. */
const GENERATED_URLS = new Set(['/', '/figures/', '/glossary/']);

/**
 * Everything the build checks before it writes anything: which files there are, the site
 * settings, the figure tables and charts, every page's front matter, raw HTML, links, numbers
 * typed where a figure belongs, and every figure, table and chart the pages cite.
 * @returns every problem found, in file order; empty when the report can be built.
 */
export function checkReport(root: string): Problem[] {
  // A link or a template file would be read (or run) by the checks below: refuse them first, alone.
  const fileProblems = findFileProblems(root);
  if (fileProblems.length > 0) return fileProblems;
  let figures: Figures | undefined;
  const problems: Problem[] = [];
  try {
    figures = reportFigures(root).figures;
  } catch (error) {
    if (!isReportError(error)) throw error;
    problems.push(...error.problems);
  }
  return [...checkSiteSettings(root), ...problems, ...checkPages(root, figures)];
}

function readPages(root: string, figures: Figures | undefined): PageSource[] {
  const sources = new Map((figures?.sources ?? []).map((source) => [source.id, source]));
  return markdownFiles(root, 'content').map((file) => readPage(readFileSync(path.join(root, file), 'utf8'), file, sources));
}

function checkPages(root: string, figures: Figures | undefined): Problem[] {
  const pages = readPages(root, figures);
  const registry = figures ? createRegistry(figures) : undefined;
  const charts = figures ? checkCharts(root) : undefined;
  const tokens = new Map(pages.map((page) => [page, markdownTokens(page.body)]));
  const targets = new Map<string, LinkTarget>(pages.map((page) => [pageUrl(page.file), { url: pageUrl(page.file), anchors: headingAnchors(tokens.get(page) ?? []) }]));
  const problems: Problem[] = [...(charts?.problems ?? []), ...findPagePlacementProblems(pages), ...checkGlossary(root, pages), ...checkAccessibilityProblems(root)];
  if (registry) problems.push(...checkHeadlines(root, registry));
  for (const page of pages) {
    const pageTokens = tokens.get(page) ?? [];
    // Without valid sources every page would repeat the same error; the sources' own problems say it once.
    problems.push(...(figures ? page.problems : page.problems.filter((p) => !p.message.startsWith('unknown source'))));
    problems.push(...findTemplateTags(page.body, page.file, page.bodyLine), ...findInlineBlocks(page.body, page.file, page.bodyLine));
    problems.push(...findRawHtml(pageTokens, page.file, page.bodyLine));
    problems.push(...findBrokenLinks(pageTokens, page.file, page.bodyLine, targets, GENERATED_URLS));
    problems.push(...findHeadingProblems(pageTokens, page.file, page.bodyLine), ...findImageProblems(pageTokens, page.file, page.bodyLine, root));
    if (!registry) continue;
    problems.push(...findTypedFigures(page.body, page.file, page.bodyLine, registry));
    for (const citation of findCitations(page.body, page.bodyLine)) {
      const message = checkCitation(citation, registry, charts?.citationProblem);
      if (message) problems.push({ file: page.file, line: citation.line, col: citation.col, message });
    }
  }
  return problems;
}

/** Every Markdown file under a folder, as root-relative paths with forward slashes. */
export function markdownFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...markdownFiles(root, relative));
    else if (entry.isFile() && entry.name.endsWith('.md')) files.push(relative);
  }
  return files.sort();
}
