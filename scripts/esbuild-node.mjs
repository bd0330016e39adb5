/**
 * How the project's TypeScript is bundled to run on Node, shared by scripts/compiled.mjs (the
 * tasks) and scripts/node-tests.ts (the tests): ES modules, the code they share split into
 * chunks beside them, with linked source maps. Plain JavaScript, as compiled.mjs must run before
 * anything is compiled; esbuild-node.d.mts gives it its type.
 */
export const NODE_BUNDLE = {
  outbase: '.',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS code (ajv, gray-matter, a test helper) calls require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
};
