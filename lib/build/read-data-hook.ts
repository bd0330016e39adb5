import { pathToFileURL } from 'node:url';
import { compiledPath } from './compiled-path.ts';

/**
 * Eleventy's reader for TypeScript data hooks in _data/: imports the module and, when its
 * default export is a function, calls it, as Eleventy does for JavaScript data files. Calling
 * it on every build (Node caches the module itself) keeps data fresh under `npm start`.
 */
export async function readDataHook(filePath: string): Promise<unknown> {
  const { default: hook } = (await import(pathToFileURL(compiledPath(process.cwd(), filePath)).href)) as { default: unknown };
  return typeof hook === 'function' ? await (hook as () => unknown)() : hook;
}
