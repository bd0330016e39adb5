/**
 * Reads what the CMS configuration is built from: the sources, the figure tables, the
 * publications under content/. Fails with every problem at once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DataError, type Problem } from '../errors.ts';
import { markdownFiles } from '../check/check-report.ts';
import { readPage } from '../content/read-page.ts';
import { defaultFigurePaths } from '../figures/load-figures.ts';
import { loadSources } from '../figures/load-sources.ts';
import type { Source } from '../figures/model.ts';
import { parseYamlFile } from '../figures/yaml-file.ts';
import type { CmsInputs } from './cms-config.ts';
import type { PublicationInput } from './section-collection.ts';
import type { TableInput } from './table-file.ts';

/**
 * Reads the CMS inputs of the project at `root`.
 * @throws DataError when the sources, a table or a landing page cannot be read.
 */
export function readCmsInputs(root: string): CmsInputs {
  const problems: Problem[] = [];
  const sources = readSources(root, problems);
  const tables = readTables(root, problems);
  const publications = readPublications(root, new Map(sources.map((source) => [source.id, source])), problems);
  if (problems.length > 0) throw new DataError(problems);
  return { sources: sources.map(({ id, title, date }) => ({ id, title, date })), tables, publications };
}

function readSources(root: string, problems: Problem[]): Source[] {
  const file = defaultFigurePaths.sourcesFile;
  const result = loadSources(readFileSync(path.join(root, file), 'utf8'), file);
  problems.push(...result.problems);
  return result.sources;
}

function readTables(root: string, problems: Problem[]): TableInput[] {
  const dir = defaultFigurePaths.tablesDir;
  const names = readdirSync(path.join(root, dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  return names.flatMap((name) => {
    const file = path.posix.join(dir, name);
    const { yaml, problems: found } = parseYamlFile(readFileSync(path.join(root, file), 'utf8'), file);
    problems.push(...found);
    return yaml ? [{ id: path.basename(name, path.extname(name)), file, data: (yaml.data ?? {}) as TableInput['data'] }] : [];
  });
}

/** Every folder under content/ whose index.md is a landing page, oldest first as the site lists them. */
function readPublications(root: string, sources: ReadonlyMap<string, Source>, problems: Problem[]): PublicationInput[] {
  const folders = readdirSync(path.join(root, 'content'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const found: Array<PublicationInput & { updated: string }> = [];
  const orders = sectionOrders(root, sources);
  for (const folder of folders) {
    const file = `content/${folder.name}/index.md`;
    if (!existsSync(path.join(root, file))) continue;
    const page = readPage(readFileSync(path.join(root, file), 'utf8'), file, sources);
    problems.push(...page.problems);
    if (page.data.publication !== true) continue;
    const nextOrder = Math.max(0, ...(orders.get(folder.name) ?? [])) + 1;
    found.push({ slug: folder.name, title: String(page.data.title), source: String(page.data.source), nextOrder, updated: String(page.data.updated) });
  }
  found.sort((a, b) => a.updated.localeCompare(b.updated) || a.slug.localeCompare(b.slug));
  return found.map(({ updated: _updated, ...publication }) => publication);
}

/** The places (`order:`) the sections of each publication folder already take. */
function sectionOrders(root: string, sources: ReadonlyMap<string, Source>): Map<string, number[]> {
  const orders = new Map<string, number[]>();
  for (const file of markdownFiles(root, 'content')) {
    const folder = file.split('/')[1] ?? '';
    const order = readPage(readFileSync(path.join(root, file), 'utf8'), file, sources).data.order;
    if (typeof order === 'number') orders.set(folder, [...(orders.get(folder) ?? []), order]);
  }
  return orders;
}
