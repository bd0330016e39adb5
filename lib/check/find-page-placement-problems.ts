import path from 'node:path';
import type { Problem } from '../errors.ts';
import type { PageSource } from '../content/read-page.ts';
import { slugify } from '../content/markdown.ts';
import { messages } from '../messages.ts';

const NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Problems with where pages sit in content/, which Eleventy would publish without complaint:
 * a file or folder name that makes an address readers cannot type, a section whose folder has
 * no landing page (so nothing links to it), and two pages of a publication in one place (so
 * the reading order would be a guess).
 * @param pages every Markdown page under content/, as readPage returns them.
 */
export function findPagePlacementProblems(pages: readonly PageSource[]): Problem[] {
  const problems = pages.flatMap(badName);
  for (const [folder, inFolder] of pagesByFolder(pages)) {
    problems.push(...missingLanding(folder, inFolder), ...sharedPlaces(inFolder));
  }
  return problems;
}

/** The pages in each folder under content/, by folder. Top-level pages belong to no publication. */
function pagesByFolder(pages: readonly PageSource[]): Map<string, PageSource[]> {
  const folders = new Map<string, PageSource[]>();
  for (const page of pages) {
    const parts = page.file.split('/');
    if (parts.length < 3) continue;
    const folder = parts.slice(0, 2).join('/');
    folders.set(folder, [...(folders.get(folder) ?? []), page]);
  }
  return folders;
}

function badName(page: PageSource): Problem[] {
  const parts = page.file.split('/').slice(1);
  const names = parts.map((part, index) => (index === parts.length - 1 ? path.posix.basename(part, '.md') : part));
  const bad = names.findIndex((name) => !NAME_PATTERN.test(name));
  if (bad === -1) return [];
  const suggested = slugify(names[bad] ?? '') || 'section';
  const message = bad === names.length - 1 ? messages.badFileName(`${names[bad]}.md`, `${suggested}.md`) : messages.badFolderName(`${names[bad]}`, suggested);
  return [{ file: page.file, line: 1, col: 1, message }];
}

function missingLanding(folder: string, pages: readonly PageSource[]): Problem[] {
  const index = pages.find((page) => path.posix.basename(page.file) === 'index.md');
  if (index?.data.publication === true) return [];
  // A landing page whose front matter is broken has its own message already.
  if (index && index.problems.length > 0) return [];
  if (index) return [{ ...index.locate([]), message: messages.landingNotMarked() }];
  const first = pages[0] as PageSource;
  return [{ file: first.file, line: 1, col: 1, message: messages.noLandingPage(folder) }];
}

function sharedPlaces(pages: readonly PageSource[]): Problem[] {
  const placed = pages.filter((page) => typeof page.data.order === 'number');
  const free = Math.max(...placed.map((page) => page.data.order as number)) + 1;
  const taken = new Map<number, PageSource>();
  const problems: Problem[] = [];
  for (const page of placed) {
    const order = page.data.order as number;
    const holder = taken.get(order);
    if (holder) problems.push({ ...page.locate(['order']), message: messages.placeTaken(order, path.posix.basename(holder.file), free) });
    else taken.set(order, page);
  }
  return problems;
}
