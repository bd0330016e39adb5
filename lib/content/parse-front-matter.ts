import { ContentError } from '../errors.ts';
import { parseYamlFile, type YamlOptions } from '../figures/yaml-file.ts';

/**
 * How front matter's YAML is read, by the checks (read-page.ts) and Eleventy alike: numbers only
 * as plain decimals, as in figure tables, so `order: .inf` or `order: 0x1` is refused, not used.
 */
export const FRONT_MATTER_YAML: YamlOptions = { decimalNumbersOnly: true };

/**
 * Eleventy's front matter reader, the same YAML 1.2 parser the checks use, so a page's data
 * means the same to both: `updated: 2017-08-10` stays the text "2017-08-10" rather than
 * becoming a Date, as the older parser Eleventy ships would make it; Windows line endings read
 * as the checks read them (gray-matter leaves a "\r" on the last line: "true\r"). What the checks
 * parsed already, or an earlier build did, is not parsed again (parsed-yaml-cache.ts).
 */
export function parseFrontMatter(text: string): unknown {
  const { yaml, problems } = parseYamlFile(text, '', FRONT_MATTER_YAML);
  // Unreachable after the checks, which report these at the page's own lines before Eleventy reads a page.
  if (!yaml) throw new ContentError(problems);
  return yaml.data ?? {};
}
