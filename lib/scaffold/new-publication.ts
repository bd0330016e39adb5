import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ConfigError } from '../errors.ts';
import { slugify } from '../content/markdown.ts';
import { messages } from '../messages.ts';
import type { NewFile } from './new-section.ts';

/**
 * A new publication: its folder in content/ with a landing page (`publication: true`) that
 * builds as it stands and cites the newest source; sections are then added with
 * `npm run new -- section "Title" --publication=<folder>`.
 * @throws ConfigError when a folder of that name exists already.
 */
export function newPublication(root: string, title: string, today: string): NewFile {
  const folder = path.posix.join('content', slugify(title));
  if (existsSync(path.join(root, folder))) throw new ConfigError([{ file: `${folder}/`, message: messages.publicationExists() }]);
  const sources = parse(readFileSync(path.join(root, '_data/sources.yaml'), 'utf8')) as { id: string; date: string }[];
  const newest = [...sources].sort((a, b) => b.date.localeCompare(a.date))[0]?.id ?? '';
  const frontMatter = {
    title,
    order: 0,
    summary: 'Say in one or two sentences what this publication covers; search engines and the home page show it.',
    source: newest,
    updated: today,
    publication: true,
  };
  const body = `Introduce the publication here, in plain English. Its sections are listed below this text by themselves: add one with npm run new -- section "Title" --publication=${slugify(title)}.\n`;
  return { file: path.posix.join(folder, 'index.md'), text: `---\n${stringify(frontMatter)}---\n${body}` };
}
