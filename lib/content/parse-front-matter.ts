import { parse } from 'yaml';
import { cachedYamlData, keepYamlData } from '../figures/parsed-yaml-cache.ts';
import { normaliseSource } from './source-text.ts';

/**
 * Eleventy's front matter reader, the same YAML 1.2 parser the checks use, so a page's data
 * means the same to both: `updated: 2017-08-10` stays the text "2017-08-10" rather than
 * becoming a Date, as the older parser Eleventy ships would make it. What the checks parsed
 * already (read-page.ts), or an earlier build did, is not parsed again (parsed-yaml-cache.ts).
 */
export function parseFrontMatter(saved: string): unknown {
  // As the checks read it (yaml-file.ts): gray-matter leaves a Windows "\r" on the last line ("true\r").
  const text = normaliseSource(saved);
  const known = cachedYamlData(text)?.data;
  if (known !== undefined) return known;
  const data = (parse(text) as unknown) ?? {};
  keepYamlData(text, data);
  return data;
}
