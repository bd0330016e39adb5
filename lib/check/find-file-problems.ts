import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { CHART_DATA_DIR } from '../charts/chart-data-folder.ts';
import { SITE_DATA_HOOKS, isSiteFile } from '../site/site-files.ts';
import { findAssetProblems } from './find-asset-problems.ts';
import { listFiles } from './list-files.ts';

/**
 * The files the build reads and publishes from the folders editors write to, before anything
 * reads them: no symbolic links anywhere; in content/ only Markdown pages (the site's own pages
 * are code, in lib/pages/); in _data/ only YAML (the site's own data hooks, and charts' CSV data); in assets/ only images, checked
 * by their bytes. Eleventy would run any other template or data file as code.
 * @returns one problem a refused file, at its path.
 */
export function findFileProblems(root: string): Problem[] {
  const content = listFiles(root, 'content');
  const data = listFiles(root, '_data');
  const assets = listFiles(root, 'assets');
  return [
    ...content.problems,
    ...content.files.filter((file) => !isPage(file)).map((file) => ({ file, message: messages.notAPage(renamed(file, 'md')) })),
    ...data.problems,
    ...data.files.filter((file) => !isData(file)).map((file) => ({ file, message: messages.notData(renamed(file, 'yaml')) })),
    ...assets.problems,
    ...findAssetProblems(root, assets.files),
  ];
}

function isPage(file: string): boolean {
  return file.endsWith('.md');
}

/** YAML, the site's own hooks, and the tables hand-written charts read (lib/charts/chart-data-folder.ts). */
function isData(file: string): boolean {
  return file.endsWith('.yaml') || isSiteFile(file, SITE_DATA_HOOKS) || (file.startsWith(`${CHART_DATA_DIR}/`) && /\.(csv|tsv)$/.test(file));
}

/** The file's name with every extension replaced: evil.11ty.js -> evil.md. */
function renamed(file: string, extension: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const stem = name.replace(/^\.+/, '').split('.')[0] || 'page';
  return `${stem}.${extension}`;
}
