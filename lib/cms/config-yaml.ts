import { Document } from 'yaml';
import type { DecapConfig } from './decap-types.ts';

/** Says where admin/config.yml comes from, at its top. */
export const CONFIG_HEADER = [
  ' Decap CMS configuration for /admin/. GENERATED: do not edit by hand.',
  ' Made by `npm run cms:config` from lib/cms/, lib/figures/schema.ts, lib/content/page-schema.ts,',
  ' the publications in content/ and the tables in _data/figures/. Run it again after changing any of them.',
].join('\n');

/**
 * The configuration as the YAML text of admin/config.yml, with the header above.
 * @example configYaml(config).startsWith('# Decap CMS configuration')
 */
export function configYaml(config: DecapConfig): string {
  const document = new Document(config, { aliasDuplicateObjects: false });
  document.commentBefore = CONFIG_HEADER;
  // No line folding: patterns and hints stay on one line, as written.
  return document.toString({ lineWidth: 0 });
}
