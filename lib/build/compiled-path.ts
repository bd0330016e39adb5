import path from 'node:path';

/**
 * Where a TypeScript file of the project is as JavaScript, when the task runs compiled
 * (scripts/compiled.mjs sets REPORT_COMPILED to the bundle folder); otherwise the file
 * itself, for tsx to load. Eleventy's config and the _data hooks are loaded this way.
 * @example compiledPath('/work/main', '.eleventy.ts') // '/work/main/.cache/compiled/.eleventy.mjs'
 */
export function compiledPath(root: string, file: string): string {
  const out = process.env.REPORT_COMPILED;
  const relative = path.relative(root, path.resolve(root, file));
  return out ? path.resolve(root, out, relative.replace(/\.ts$/, '.mjs')) : path.resolve(root, relative);
}
