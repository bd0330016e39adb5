/**
 * The build's own checks and figure formatting, bundled for the editing screens
 * (admin/report-checks.js, made by scripts/cms-bundle.ts): before Decap CMS saves a file,
 * admin/save-checks.js asks checkEdit what the build would say about the report with that file
 * changed, and refuses the save with the build's messages. The preview renders with the same code.
 */
import { stringify } from 'yaml';
import { checkCitation } from '../../check/check-citation.ts';
import { createMarkdown } from '../../content/markdown.ts';
import { findCitations } from '../../content/find-citations.ts';
import { SHORTCODE } from '../../content/find-template-tags.ts';
import { buildPublications, publicationSlug, type PageItem } from '../../content/publications.ts';
import { readPage } from '../../content/read-page.ts';
import { formatProblem, isReportError, type Problem } from '../../errors.ts';
import { loadSources } from '../../figures/load-sources.ts';
import { loadTable } from '../../figures/load-table.ts';
import type { FigureTable } from '../../figures/model.ts';
import { createRegistry, type FigureRegistry } from '../../figures/registry.ts';
import { formatInterval } from '../../format/format-figure.ts';
import { escapeHtml } from '../../html/escape-html.ts';
import { figureTableHtml } from '../../html/figure-table-html.ts';
import type { ReportFiles } from '../report-files.ts';
import { useGlossary } from './browser-glossary.ts';

/** The report checked as the build checks it: its figures, and every problem found. */
interface CheckedReport {
  registry?: FigureRegistry;
  problems: Problem[];
}

function checkFiles(files: ReportFiles): CheckedReport {
  const { sources, problems } = loadSources(files.sources, files.sourcesFile);
  if (problems.length > 0) return { problems };
  const byId = new Map(sources.map((source) => [source.id, source]));
  const tables: FigureTable[] = [];
  for (const [file, text] of Object.entries(files.tables)) {
    const loaded = loadTable(text, file, file.replace(/^.*\//, '').replace(/\.yaml$/, ''), byId);
    problems.push(...loaded.problems);
    if (loaded.table) tables.push(loaded.table);
  }
  const registry = createRegistry({ sources, tables });
  for (const [file, text] of Object.entries(files.pages)) {
    const page = readPage(text, file, byId);
    problems.push(...page.problems);
    for (const citation of findCitations(page.body, page.bodyLine)) {
      const message = checkCitation(citation, registry);
      if (message) problems.push({ file, line: citation.line, col: citation.col, message });
    }
  }
  return { registry, problems };
}

/** The report files with one file's text replaced (or added). */
function withFile(files: ReportFiles, file: string, text: string): ReportFiles {
  if (file === files.sourcesFile) return { ...files, sources: text };
  if (file.startsWith(`${files.tablesDir}/`)) return { ...files, tables: { ...files.tables, [file]: text } };
  return { ...files, pages: { ...files.pages, [file]: text } };
}

let current: ReportFiles = { sourcesFile: '', tablesDir: '', sources: '[]', tables: {}, pages: {} };

/** Takes the report's files as the build published them (/admin/report-data.json). */
export function load(files: ReportFiles): void {
  current = files;
  useGlossary(files.glossary);
}

/**
 * What the build would say if `file` held `text`: every problem in that file, and any the change
 * causes elsewhere (a page citing a row that is gone), each as "file: message".
 */
export function checkEdit(file: string, text: string): string[] {
  const before = new Set(checkFiles(current).problems.map(formatProblem));
  const after = checkFiles(withFile(current, file, text)).problems;
  // A table with problems of its own is left out of the figures: its citations elsewhere would all fail too.
  const own = after.filter((problem) => problem.file === file);
  const caused = own.length > 0 ? own : after.filter((problem) => !before.has(formatProblem(problem)));
  return [...new Set(caused.map((problem) => `${problem.file}: ${problem.message}`))];
}

/** Remembers a saved file, so the next check sees it. */
export function saved(file: string, text: string): void {
  current = withFile(current, file, text);
}

/** A saved file's text, as Decap writes it: YAML for a table, front matter and Markdown for a page. */
export function entryText(file: string, data: Record<string, unknown>): string {
  if (!file.endsWith('.md')) return stringify(data);
  const { body, ...fields } = data;
  return `---\n${stringify(fields)}---\n${typeof body === 'string' ? body : ''}\n`;
}

/** Every figure id a page can cite, with its value as the site shows it, for the Figure button. */
export function figureChoices(): Array<{ id: string; label: string }> {
  const { registry } = checkFiles(current);
  if (!registry) return [];
  return registry.ids().flatMap((id) => {
    const shown = figureText(registry, id);
    return shown === undefined ? [] : [{ id, label: `${id}: ${shown}` }];
  });
}

/**
 * The number a section shows in its publication's contents on the site, were it saved with
 * `fields` (its title and order): the site numbers the pages in reading order from 1, the
 * landing page first, with the build's own ordering (lib/content/publications.ts).
 * @returns the number, or undefined for a page outside any publication.
 */
export function contentsNumber(file: string, fields: { title?: unknown; order?: unknown }): number | undefined {
  const slug = publicationSlug(file);
  if (slug === undefined || typeof fields.order !== 'number') return undefined;
  const pages = { [file]: '', ...current.pages };
  const items = Object.entries(pages)
    .filter(([path]) => publicationSlug(path) === slug)
    .map(([path, text]) => {
      const data = readPage(text, path, new Map()).data as PageItem['data'];
      return { inputPath: path, url: '', data: path === file ? { ...data, title: String(fields.title ?? ''), order: fields.order as number } : data };
    });
  const ordered = buildPublications(items)[0]?.pages ?? [];
  const index = ordered.findIndex((page) => page.inputPath === file);
  return index === -1 ? undefined : index + 1;
}

/** The publications' folder names (content/<name>/, whose index.md says publication: true): the editing screens' section collections. */
export function publications(): string[] {
  return Object.entries(current.pages)
    .filter(([file, text]) => /^content\/[^/]+\/index\.md$/.test(file) && readPage(text, file, new Map()).data.publication === true)
    .map(([file]) => publicationSlug(file) ?? '');
}

/** The ids of the figure tables, for the Table button; with `charted`, only those with a chart:, for the Chart button. */
export function tableChoices(charted = false): string[] {
  return Object.entries(current.tables)
    .filter(([, text]) => !charted || /^chart:/m.test(text))
    .map(([file]) => file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
}

function figureText(registry: FigureRegistry, id: string): string | undefined {
  try {
    const { statement, unit } = registry.cite(id);
    return formatInterval(statement.value, unit, statement.qualifier);
  } catch (error) {
    if (isReportError(error)) return undefined;
    throw error;
  }
}

const markdown = createMarkdown();

/**
 * A section's text as the site shows it: figures formatted, tables drawn, charts named (they are
 * drawn by the build). A code the build would refuse shows the build's message in its place.
 */
export function previewHtml(body: string): string {
  const { registry } = checkFiles(current);
  const expanded = body.replace(SHORTCODE, (_whole, _trim, name: string, double?: string, single?: string) => {
    const id = double ?? single ?? '';
    if (!registry) return '';
    if (name === 'chart') return `<p class="cms-chart">[Chart “${escapeHtml(id)}”: drawn on the built page]</p>`;
    const problem = checkCitation({ kind: name as 'figure' | 'figureTable', id, line: 1, col: 1 }, registry);
    if (problem) return `<strong class="cms-problem">${escapeHtml(problem)}</strong>`;
    if (name === 'figureTable') return `\n\n${figureTableHtml(registry.table(id))}\n\n`;
    return `<data class="figure">${escapeHtml(figureText(registry, id) ?? id)}</data>`;
  });
  return markdown.render(expanded);
}
