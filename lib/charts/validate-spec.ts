import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { cachedValidator } from '../figures/cached-validator.ts';

let validator: ValidateFunction | undefined;

/**
 * Vega-Lite's own JSON schema, loaded once a process, only when a hand-written spec is not
 * already known to be valid (see chart-cache.ts): compiling it takes about 0.7 s, loading the
 * compiled validator kept by cached-validator.ts about 0.15 s.
 * Formats (uri, color-hex) are not checked: the schema's other rules say enough.
 */
function vegaLiteValidator(): ValidateFunction {
  if (!validator) {
    const file = path.join(packageDir('vega-lite'), 'build', 'vega-lite-schema.json');
    // Unoptimised code with shared (not inlined) refs compiles about 2.5 times faster, and it
    // runs on a handful of specs a build: compiling is the cost that matters. Vega-Lite's schema
    // is not itself checked against JSON Schema's: that is Vega-Lite's own tests' job.
    const options = { allErrors: true, strict: false, verbose: true, validateFormats: false, inlineRefs: false, code: { optimize: false }, validateSchema: false };
    validator = cachedValidator(JSON.parse(readFileSync(file, 'utf8')) as object, options);
  }
  return validator;
}

/** The folder an installed package is in, found the way Node finds it. */
export function packageDir(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  while (path.basename(dir) !== name && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/**
 * Checks a spec against the Vega-Lite JSON schema.
 * @returns ajv's errors, empty when the spec is valid.
 */
export function validateSpec(spec: unknown): ErrorObject[] {
  const validate = vegaLiteValidator();
  return validate(spec) ? [] : [...(validate.errors ?? [])];
}
