import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.ts';

/** The Eleventy flags `npm run build -- <flags>` passes through. */
export interface BuildArgs {
  pathPrefix?: string;
  output: string;
  quiet: boolean;
}

/**
 * Reads the build's command-line flags, in Eleventy's spelling (`--pathprefix=/report/`).
 * @throws ConfigError naming an unknown flag, so a typo does not silently build the wrong site.
 */
export function parseBuildArgs(argv: readonly string[]): BuildArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { pathprefix: { type: 'string' }, output: { type: 'string' }, quiet: { type: 'boolean' } },
      strict: true,
    });
    return { pathPrefix: values.pathprefix, output: values.output ?? '_site', quiet: values.quiet ?? false };
  } catch (error) {
    const message = `${(error as Error).message}. The build accepts --pathprefix=/path/, --output=folder and --quiet`;
    throw new ConfigError([{ file: 'npm run build', message }]);
  }
}
