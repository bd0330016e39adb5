import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageDir } from './validate-spec.ts';

let version: string | undefined;

/** The version of Vega-Lite the site draws with, like "6.4.3", read from its package.json without importing it. */
export function vegaLiteVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(packageDir('vega-lite'), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
