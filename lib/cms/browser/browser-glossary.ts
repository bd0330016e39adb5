/**
 * The editing screens' stand-in for the glossary the pages' renderer reads (reportGlossary in
 * lib/glossary/load-glossary.ts, which reads the file from disk): the glossary published in
 * /admin/report-data.json, so the preview marks terms as the site does. scripts/cms-bundle.ts
 * swaps it in for lib/glossary/markdown-terms.ts.
 */
import { loadGlossary, type Glossary } from '../../glossary/load-glossary.ts';

const NONE: Glossary = { terms: [], watch: [] };

let current: Glossary = NONE;

/** Takes the glossary's text; a report without one, or one with problems, marks no terms. */
export function useGlossary(text: string | undefined): void {
  current = (text === undefined ? undefined : loadGlossary(text).glossary) ?? NONE;
}

/** The glossary the preview marks terms from. */
export function reportGlossary(): Glossary {
  return current;
}
