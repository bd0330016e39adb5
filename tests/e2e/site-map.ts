import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';

/** A page the report must have, worked out from content/ (not from the built site). */
export interface ExpectedPage {
  url: string;
  title: string;
  file: string;
}

/** Every Markdown page under content/, with the URL Eleventy gives it and its title. */
export function expectedPages(): ExpectedPage[] {
  const pages: ExpectedPage[] = [];
  for (const publication of readdirSync('content', { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const name of readdirSync(path.join('content', publication.name)).filter((n) => n.endsWith('.md'))) {
      const file = path.join('content', publication.name, name);
      const { data } = matter(readFileSync(file, 'utf8'));
      const slug = name === 'index.md' ? '' : `${name.replace(/\.md$/, '')}/`;
      pages.push({ url: `/${publication.name}/${slug}`, title: String(data.title), file });
    }
  }
  return pages;
}

/** The figure tables a publication's pages show, from their `{% figureTable "id" %}` citations. */
export function citedTables(publication: string): string[] {
  const ids = expectedPages()
    .filter((page) => page.url.startsWith(`/${publication}/`))
    .flatMap((page) => [...readFileSync(page.file, 'utf8').matchAll(/\{%-?\s*figureTable\s+"([^"]+)"/g)].map((match) => match[1] ?? ''));
  return [...new Set(ids)];
}

/**
 * Sums a figure table's rows straight from its YAML, in whole hundredths, as an independent check
 * on the engine: the test does not use lib/ to compute what the page should say.
 */
export function yamlTotal(table: string): { min: number; max: number } {
  const data = parse(readFileSync(`_data/figures/${table}.yaml`, 'utf8')) as { rows: { value: number | { min: number; max: number } }[] };
  let min = 0;
  let max = 0;
  for (const { value } of data.rows) {
    min += Math.round((typeof value === 'number' ? value : value.min) * 100);
    max += Math.round((typeof value === 'number' ? value : value.max) * 100);
  }
  return { min: min / 100, max: max / 100 };
}

/** The column headings a table or chart file names, straight from its YAML (a table id, or a file path). */
export function yamlColumns(tableOrFile: string): { labels: string; values: string } {
  const file = tableOrFile.endsWith('.yaml') ? tableOrFile : `_data/figures/${tableOrFile}.yaml`;
  const data = parse(readFileSync(file, 'utf8')) as { columns: { labels: string; values: string } };
  return data.columns;
}
