/**
 * `npm run site:url -- --url=https://...`: writes the address the site is published at into
 * _data/site.yaml while it holds the example one; a real address an editor set is kept. The
 * publish workflow passes the address GitHub Pages gives (configure-pages' base_url), before the
 * PDFs and the site are built, so no page, sitemap, PDF or social card carries the example.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/errors.ts';
import { SITE_SETTINGS_FILE } from '../lib/site/load-site-settings.ts';
import { normaliseSiteUrl, siteUrlProblem, withSiteUrl } from '../lib/site/site-url.ts';

const { values } = parseArgs({ options: { url: { type: 'string', default: '' } } });
const url = normaliseSiteUrl(values.url);
const problem = siteUrlProblem(url, 'npm run site:url');
if (problem) {
  console.error(`The site's address was not set: ${formatProblem(problem)}`);
  process.exitCode = 1;
} else {
  const file = path.join(process.cwd(), SITE_SETTINGS_FILE);
  const { text, changed } = withSiteUrl(readFileSync(file, 'utf8'), url);
  if (changed) writeFileSync(file, text);
  console.log(changed ? `Set url in ${SITE_SETTINGS_FILE} to ${url}.` : `Kept the address ${SITE_SETTINGS_FILE} names: it is not the example one.`);
}
