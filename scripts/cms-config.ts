/**
 * `npm run cms:config`: writes admin/config.yml, Decap CMS's configuration, from the schemas,
 * the publications in content/ and the tables in _data/figures/. `-- --check` only says
 * whether the committed file is up to date, and exits 1 when it is not.
 * `-- --repository=owner/name [--auth-url=https://...]` names the GitHub repository (and the
 * OAuth service) the published editing screens save to: the publish workflow passes its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure } from '../lib/build/report-failure.ts';
import { PLACEHOLDER_REPOSITORY, REPOSITORY_PATTERN, publishedBackend } from '../lib/cms/cms-settings.ts';
import { CONFIG_FILE, currentConfigYaml } from '../lib/cms/current-config.ts';
import type { DecapBackend } from '../lib/cms/decap-types.ts';
import { ConfigError, type Problem } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

const options = {
  check: { type: 'boolean', default: false },
  repository: { type: 'string', default: PLACEHOLDER_REPOSITORY },
  'auth-url': { type: 'string', default: '' },
} as const;

/** The published backend the options name. @throws ConfigError when they are not a repository and an https address. */
function backendFrom(repository: string, authUrl: string): DecapBackend {
  const problems: Problem[] = [];
  if (!REPOSITORY_PATTERN.test(repository)) problems.push({ file: 'npm run cms:config', message: messages.badRepository(repository) });
  if (authUrl && !/^https:\/\/\S+$/.test(authUrl)) problems.push({ file: 'npm run cms:config', message: messages.badAuthUrl(authUrl) });
  if (problems.length > 0) throw new ConfigError(problems);
  return publishedBackend(repository, authUrl || undefined);
}

try {
  const { values } = parseArgs({ options });
  const root = process.cwd();
  const wanted = currentConfigYaml(root, undefined, backendFrom(values.repository, values['auth-url']));
  const target = path.join(root, CONFIG_FILE);
  if (values.check) {
    const upToDate = readFileSync(target, 'utf8') === wanted;
    console.log(upToDate ? `${CONFIG_FILE} is up to date.` : `${CONFIG_FILE} is out of date: run npm run cms:config.`);
    process.exitCode = upToDate ? 0 : 1;
  } else {
    writeFileSync(target, wanted);
    console.log(`Wrote ${CONFIG_FILE}.`);
  }
} catch (error) {
  process.exitCode = reportFailure(error, 'cms-config');
}
