/**
 * Optional tools: packages only some commands need (the editing screens, Lighthouse, alex's
 * wording hints), each in a folder of its own under tools/ with its own package.json and lock
 * file, so the project's `npm install` stays small. `npm run tools -- <name>` installs one, and
 * the commands that need it run that first.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The optional tools, by folder name under tools/, with what each is for. */
export const OPTIONAL_TOOLS = {
  cms: 'the editing screens (Decap CMS and decap-server)',
  lighthouse: 'Lighthouse',
  wording: "the wording hints (alex)",
} as const;

export type OptionalTool = keyof typeof OPTIONAL_TOOLS;

/** Whether a name is one of the optional tools. */
export function isOptionalTool(name: string): name is OptionalTool {
  return Object.hasOwn(OPTIONAL_TOOLS, name);
}

/** The tool's folder, from the project root (the folder npm scripts run in). */
export function toolFolder(tool: OptionalTool, root = process.cwd()): string {
  return path.join(root, 'tools', tool);
}

/**
 * A `require` that loads packages from the tool's own node_modules.
 * @throws when the tool is not installed, saying how to install it.
 */
export function toolRequire(tool: OptionalTool, root = process.cwd()): NodeJS.Require {
  const folder = toolFolder(tool, root);
  if (!existsSync(path.join(folder, 'node_modules'))) {
    throw new Error(`${OPTIONAL_TOOLS[tool]} ${tool === 'cms' ? 'are' : 'is'} not installed: run npm run tools -- ${tool}`);
  }
  return createRequire(path.join(folder, 'package.json'));
}

/** A file inside the tool's node_modules, e.g. `toolFile('lighthouse', '.bin/lighthouse')`. */
export function toolFile(tool: OptionalTool, file: string, root = process.cwd()): string {
  return path.join(toolFolder(tool, root), 'node_modules', file);
}
