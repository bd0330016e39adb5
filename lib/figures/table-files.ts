import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { slugify } from '../content/markdown.ts';
import { messages } from '../messages.ts';

const YAML_FILE = /\.ya?ml$/;
/** A table id: the file name is used as it is in addresses (/data/<id>.csv) and HTML ids. */
const TABLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The figure tables in a folder, as root-relative paths, with the problems of any that cannot be
 * used as saved: a table in a folder inside it (Eleventy would read it as data of another shape),
 * a file name that is no id ("my table.yaml" would publish /data/my table.csv), or a second file of one id.
 * @param dir the tables folder, like _data/figures.
 */
export function tableFiles(root: string, dir: string, problems: Problem[]): string[] {
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true });
  } catch {
    // A missing folder is reported below as "no tables", which says what to do.
  }
  const yamlFiles = entries.filter((found) => found.isFile() && YAML_FILE.test(found.name));
  const files: string[] = [];
  for (const entry of yamlFiles) {
    const file = path.posix.join(dir, path.relative(path.join(root, dir), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    const problem = placementProblem(file, dir, entry.name);
    if (problem) problems.push({ file, line: 1, col: 1, message: problem });
    else files.push(file);
  }
  if (yamlFiles.length === 0) problems.push({ file: dir, message: messages.noTables(dir) });
  return withoutSharedIds(files.sort(), problems);
}

/** The files, each id once: savings.yaml and savings.yml would be one table twice, one hiding the other. */
function withoutSharedIds(files: readonly string[], problems: Problem[]): string[] {
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = path.posix.basename(file).replace(YAML_FILE, '');
    const first = byId.get(id);
    if (first) problems.push({ file, line: 1, col: 1, message: messages.tableIdTaken(id, first) });
    else byId.set(id, file);
  }
  return [...byId.values()];
}

/**
 * Why a YAML file under the tables folder cannot be a table where it is, if it cannot.
 * @param file a root-relative path under `dir`, like _data/figures/old/savings.yaml.
 */
export function placementProblem(file: string, dir: string, name: string = path.posix.basename(file)): string | undefined {
  const id = name.replace(YAML_FILE, '');
  const suggested = `${slugify(id) || 'table'}.yaml`;
  if (path.posix.dirname(file) !== dir) return messages.tableInSubfolder(dir, TABLE_ID.test(id) ? name : suggested);
  return TABLE_ID.test(id) ? undefined : messages.badTableFileName(name, suggested);
}
