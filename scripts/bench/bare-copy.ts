import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SHORTCODE } from '../../lib/content/find-template-tags.ts';

/**
 * Copies a report's Markdown for bare Eleventy (no config, no shortcodes), the floor the project
 * is built on: front matter kept, each `{% name "id" %}` replaced by its id as plain text.
 * @param projectDir a project folder with content/.
 * @param bareDir where the pages go, at the same paths relative to content/.
 * @returns how many Markdown files it copied.
 */
export async function bareCopy(projectDir: string, bareDir: string): Promise<number> {
  const content = path.join(projectDir, 'content');
  const entries = await readdir(content, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md'));
  for (const entry of files) {
    const relative = path.relative(content, path.join(entry.parentPath, entry.name));
    const text = await readFile(path.join(content, relative), 'utf8');
    await mkdir(path.dirname(path.join(bareDir, relative)), { recursive: true });
    await writeFile(path.join(bareDir, relative), stripShortcodes(text));
  }
  return files.length;
}

/**
 * Replaces every shortcode, as the build finds them (expand-shortcodes.ts), by the id it cites.
 * @example stripShortcodes('saved {% figure "savings.total" %}.') // 'saved savings.total.'
 */
export function stripShortcodes(text: string): string {
  return text.replace(SHORTCODE, (_tag, _trim: string, _name: string, double?: string, single?: string) => double ?? single ?? '');
}
