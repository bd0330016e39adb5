import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { stringify } from 'yaml';
import { ConfigError } from '../errors.ts';
import { slugify } from '../content/markdown.ts';
import { messages } from '../messages.ts';

/** A file the scaffolder would write: where, and what. */
export interface NewFile {
  file: string;
  text: string;
}

/** The publications: folders under content/ with an index.md. */
export function publicationFolders(root: string): string[] {
  return readdirSync(path.join(root, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, 'content', entry.name, 'index.md')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * A new section for a publication, placed after its last section, with valid front matter
 * taken from the publication's landing page.
 * @throws ConfigError when the publication is unknown or the file exists already.
 */
export function newSection(root: string, title: string, publication: string | undefined, today: string): NewFile {
  const folders = publicationFolders(root);
  const chosen = publication ?? (folders.length === 1 ? folders[0] : undefined);
  if (!chosen || !folders.includes(chosen)) throw new ConfigError([{ file: 'npm run new', message: messages.choosePublication(title, folders, publication) }]);
  const dir = path.join('content', chosen);
  const file = path.posix.join(dir, `${slugify(title)}.md`);
  if (existsSync(path.join(root, file))) throw new ConfigError([{ file, message: messages.fileExists() }]);
  const orders = readdirSync(path.join(root, dir)).filter((name) => name.endsWith('.md')).map((name) => Number(matter(readFileSync(path.join(root, dir, name), 'utf8')).data.order ?? 0));
  const landing = matter(readFileSync(path.join(root, dir, 'index.md'), 'utf8')).data as { source?: string };
  const frontMatter = {
    title,
    order: Math.max(0, ...orders) + 1,
    summary: 'Say in one or two sentences what this section covers; search engines show it.',
    source: landing.source ?? '',
    updated: today,
  };
  const body = 'Write the section here, in plain English. Cite numbers from the data, like {% figure "savings.total" %}.\n';
  return { file, text: `---\n${stringify(frontMatter)}---\n${body}` };
}
