import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.ts';
import { messages } from '../messages.ts';

/** What `npm run new` was asked to make. */
export interface NewArgs {
  kind: 'section' | 'table' | 'publication';
  title: string;
  publication?: string;
}

const KINDS = ['section', 'table', 'publication'] as const;

/**
 * Reads `npm run new`'s arguments the same with or without `--`. Without it, npm takes
 * `--publication=x` as a setting of its own and passes it on only as npm_config_publication;
 * `--publication x` (a space, not =) reaches npm as a flag set to "true", followed by x.
 * @param argv the arguments after the script's name; env the process's environment.
 * @throws ConfigError saying exactly what to type when the kind or title is missing.
 */
export function parseNewArgs(argv: readonly string[], env: NodeJS.ProcessEnv): NewArgs {
  const { positionals, values } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: { publication: { type: 'string' } } });
  const [kind, title, extra] = positionals;
  if (!title || !isKind(kind)) throw new ConfigError([{ file: 'npm run new', message: messages.newUsage(kind, title) }]);
  const fromNpm = env.npm_config_publication;
  const flag = typeof values.publication === 'string' ? values.publication : undefined;
  const publication = flag ?? (fromNpm === 'true' ? extra : fromNpm || undefined);
  return { kind, title, publication };
}

function isKind(kind: string | undefined): kind is NewArgs['kind'] {
  return (KINDS as readonly (string | undefined)[]).includes(kind);
}
