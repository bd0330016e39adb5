import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

/**
 * What of a Markdown page other pages show: its title and place (contents lists, previous and
 * next links), whether it is a landing page, and the summary and date its publication's
 * landing page and print edition show. "" when the file is gone; its text when unreadable.
 */
export function pageStructure(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  try {
    const { title, order, publication, summary, updated } = matter(text, {}).data as Record<string, unknown>;
    return JSON.stringify([title, order, publication, summary, updated]);
  } catch {
    return `unreadable:${text}`;
  }
}

/** Whether a path Eleventy's watcher reports is a Markdown page under `content`. */
export function isContentPage(file: string, content: string): boolean {
  const relative = path.relative(content, path.resolve(file));
  return file.endsWith('.md') && !relative.startsWith('..') && !path.isAbsolute(relative);
}
