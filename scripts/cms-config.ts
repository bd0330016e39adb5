/**
 * `npm run cms:config`: writes admin/config.yml, Decap CMS's configuration, from the schemas,
 * the publications in content/ and the tables in _data/figures/. `-- --check` only says
 * whether the committed file is up to date, and exits 1 when it is not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure } from '../lib/build/report-failure.ts';
import { CONFIG_FILE, currentConfigYaml } from '../lib/cms/current-config.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
try {
  const root = process.cwd();
  const wanted = currentConfigYaml(root);
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
  process.exitCode = reportFailure(error, 'check');
}
