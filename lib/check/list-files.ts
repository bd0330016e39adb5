import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';

/** What is in one of the folders editors write to: its files, and what cannot be published. */
export interface FolderListing {
  /** Root-relative paths with forward slashes, sorted. */
  files: string[];
  problems: Problem[];
}

/**
 * Every regular file under a folder, never following a symbolic link: a link would let a page,
 * a table or an image be read from anywhere on the computer, past every check (Eleventy follows
 * links, the checks would not), and a link to a folder above it loops forever. Each link, and
 * each folder that cannot be read, is a problem at its path.
 * @param dir root-relative, like "content"; a missing folder has no files.
 */
export function listFiles(root: string, dir: string): FolderListing {
  const listing: FolderListing = { files: [], problems: [] };
  visit(root, dir, listing);
  listing.files.sort();
  return listing;
}

function visit(root: string, relative: string, listing: FolderListing): void {
  const kind = kindOf(path.join(root, relative));
  if (kind === 'missing') return;
  if (kind === 'link') listing.problems.push({ file: relative, message: messages.symlink() });
  else if (kind === 'file') listing.files.push(relative);
  else if (kind === 'folder') visitFolder(root, relative, listing);
  else listing.problems.push({ file: relative, message: messages.notAFile() });
}

function visitFolder(root: string, relative: string, listing: FolderListing): void {
  let names: string[];
  try {
    names = readdirSync(path.join(root, relative));
  } catch (error) {
    listing.problems.push({ file: relative, message: messages.folderNotReadable(String((error as NodeJS.ErrnoException).code ?? error)) });
    return;
  }
  for (const name of names) visit(root, `${relative}/${name}`, listing);
}

type Kind = 'missing' | 'link' | 'file' | 'folder' | 'other';

/** What a path is, without following a link: lstat, not stat. */
function kindOf(full: string): Kind {
  try {
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) return 'link';
    if (stat.isFile()) return 'file';
    return stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}
