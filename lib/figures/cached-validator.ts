import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Options, ValidateFunction } from 'ajv';
import { writeAtomically } from '../fs/write-atomically.ts';

const require = createRequire(import.meta.url);

/** Where compiled validators are kept, relative to the project root (git ignores .cache/). */
export const VALIDATOR_CACHE_DIR = '.cache/validators';

let ajvVersion: string | undefined;

/**
 * A JSON Schema validator compiled by ajv, kept as JavaScript (ajv's "standalone" code) so the
 * next build loads it in a few milliseconds instead of compiling the schema again: compiling
 * our schemas takes about 60 ms of every build, Vega-Lite's about 700 ms. Keyed by the schema,
 * the options and ajv's version; ajv itself is loaded only to compile.
 * @param root the project root, where the cache is.
 */
export function cachedValidator(schema: object, options: Options, root: string = process.cwd()): ValidateFunction {
  const file = path.join(root, VALIDATOR_CACHE_DIR, `${validatorKey(schema, options)}.js`);
  if (existsSync(file)) return loadValidator(readFileSync(file, 'utf8'));
  const { Ajv } = require('ajv') as typeof import('ajv');
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: unknown, validate: ValidateFunction) => string }).default;
  const ajv = new Ajv({ ...options, code: { ...options.code, source: true } });
  const validate = ajv.compile(schema);
  keep(file, standaloneCode(ajv, validate));
  return validate;
}

/**
 * Runs a kept validator's code as a CommonJS module whose require() is this module's, so the ajv
 * helpers it needs are found from here, wherever the cache folder is.
 */
function loadValidator(code: string): ValidateFunction {
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  return module.exports as ValidateFunction;
}

function validatorKey(schema: object, options: Options): string {
  ajvVersion ??= (JSON.parse(readFileSync(require.resolve('ajv/package.json'), 'utf8')) as { version: string }).version;
  return createHash('sha256').update(JSON.stringify({ schema, options, ajvVersion })).digest('hex').slice(0, 32);
}

/** Keeps the code for the next build. */
function keep(file: string, code: string): void {
  try {
    writeAtomically(file, code);
  } catch {
    // A cache that cannot be written costs time, not correctness: the validator just compiled is used.
  }
}
