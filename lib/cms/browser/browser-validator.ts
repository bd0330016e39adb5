/**
 * The editing screens' stand-in for lib/figures/cached-validator.ts: the same ajv and options,
 * compiled in the browser (admin/index.html allows 'unsafe-eval' for this), with no cache on disk.
 * scripts/cms-bundle.ts swaps it in when it bundles lib/cms/browser/report-checks.ts.
 */
import { Ajv, type Options, type ValidateFunction } from 'ajv';

export function cachedValidator(schema: object, options: Options): ValidateFunction {
  return new Ajv(options).compile(schema);
}
