/**
 * Front matter the checks have already parsed, kept for Eleventy's front matter reader, so a
 * build parses each page's YAML once (at 1,000 pages, parsing it twice costs about 0.1 s).
 * Each entry is handed over once, so Eleventy never shares an object with anything else.
 */
const parsedByText = new Map<string, unknown>();

/** Keeps the data the checks parsed from a page's front matter text. */
export function rememberFrontMatter(text: string, data: unknown): void {
  parsedByText.set(text, data);
}

/** The data parsed from exactly this front matter text, if the checks kept it; then forgets it. */
export function takeFrontMatter(text: string): unknown {
  const data = parsedByText.get(text);
  parsedByText.delete(text);
  return data;
}
