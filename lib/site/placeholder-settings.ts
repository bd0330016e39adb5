import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { parseYamlFile } from '../figures/yaml-file.ts';
import { SITE_SETTINGS_FILE } from './load-site-settings.ts';
import { isPlaceholder } from './site-url.ts';

/**
 * Warnings for site settings still holding the example address or email, each at its line:
 * a report published so would send readers' links and feedback nowhere. They do not stop a
 * build (the preview needs none), and the publish workflow replaces the address.
 */
export function placeholderWarnings(root: string): Problem[] {
  const { yaml } = parseYamlFile(readFileSync(path.join(root, SITE_SETTINGS_FILE), 'utf8'), SITE_SETTINGS_FILE);
  const data = yaml?.data as { url?: unknown; feedback?: { email?: unknown } } | undefined;
  if (!yaml || !data) return [];
  const warnings: Problem[] = [];
  if (typeof data.url === 'string' && isPlaceholder(data.url)) warnings.push({ ...yaml.locate(['url']), message: messages.placeholderUrl(data.url) });
  const email = data.feedback?.email;
  if (typeof email === 'string' && isPlaceholder(email)) warnings.push({ ...yaml.locate(['feedback', 'email']), message: messages.placeholderEmail(email) });
  return warnings;
}
