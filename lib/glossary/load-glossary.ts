import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Location, Problem } from '../errors.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { lazyLocation, parseYamlFile } from '../figures/yaml-file.ts';
import { normaliseSource } from '../content/source-text.ts';
import { messages } from '../messages.ts';
import { glossarySchema } from './glossary-schema.ts';

/** Where the glossary is, relative to the project root. */
export const GLOSSARY_FILE = '_data/glossary.yaml';

/** One term: what it is, the ways pages write it, and what it means. */
export interface GlossaryTerm {
  id: string;
  term: string;
  /** The term and its other forms: every way a page may write it. */
  forms: string[];
  definition: string;
  source?: string;
  location: Location;
}

/** The checked glossary: its terms in alphabetical order, and the watched words. */
export interface Glossary {
  terms: GlossaryTerm[];
  watch: { word: string; location: Location }[];
}

interface RawGlossary {
  terms: { id: string; term: string; forms?: string[]; definition: string; source?: string }[];
  watch?: string[];
}

/**
 * Reads the glossary and checks it: the schema, then ids and forms used twice, and watched
 * words that a term already explains.
 * @returns the glossary, or undefined with every problem, each at its line.
 */
export function loadGlossary(text: string, file: string = GLOSSARY_FILE): { glossary?: Glossary; problems: Problem[] } {
  const { yaml, problems } = parseYamlFile(text, file);
  if (!yaml) return { problems };
  const schemaProblems = validateSchema(glossarySchema, yaml);
  if (schemaProblems.length > 0) return { problems: schemaProblems };
  const raw = yaml.data as RawGlossary;
  const terms = raw.terms.map((entry, index) => ({
    id: entry.id,
    term: entry.term,
    forms: [entry.term, ...(entry.forms ?? [])],
    definition: entry.definition,
    source: entry.source,
    location: lazyLocation(() => yaml.locate(['terms', index])),
  }));
  const watch = (raw.watch ?? []).map((word, index) => ({ word, location: lazyLocation(() => yaml.locate(['watch', index])) }));
  const found = [...duplicates(terms), ...watchedTerms(terms, watch)];
  if (found.length > 0) return { problems: found };
  return { glossary: { terms: [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en-GB')), watch }, problems: [] };
}

/** Ids and forms given twice: a page's word must lead to one meaning. */
function duplicates(terms: readonly GlossaryTerm[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  for (const term of terms) {
    if (ids.has(term.id)) problems.push({ ...term.location, message: messages.glossaryIdTwice(term.id) });
    ids.add(term.id);
    for (const form of term.forms) {
      const earlier = forms.get(form.toLowerCase());
      if (earlier && earlier !== term.id) problems.push({ ...term.location, message: messages.glossaryFormTwice(form, earlier) });
      forms.set(form.toLowerCase(), term.id);
    }
  }
  return problems;
}

function watchedTerms(terms: readonly GlossaryTerm[], watch: Glossary['watch']): Problem[] {
  const forms = new Set(terms.flatMap((term) => term.forms.map((form) => form.toLowerCase())));
  return watch.filter(({ word }) => forms.has(word.toLowerCase())).map(({ word, location }) => ({ ...location, message: messages.watchedIsTerm(word) }));
}

/** The glossary's text, or undefined for a report that has none (it is optional). */
export function glossaryText(root: string): string | undefined {
  try {
    // As every file the build reads: Windows line endings and a byte order mark read the same.
    return normaliseSource(readFileSync(path.join(root, GLOSSARY_FILE), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The glossary of the build under way, read at its first use. */
let current: { root: string; glossary: Glossary } | undefined;

/**
 * The project's glossary, read once a build: every page's render asks for it (at 1,000
 * sections, reading the file at each call took 40 ms a build).
 * @throws nothing: a glossary with problems is reported by the checks, and gives no terms here.
 */
export function reportGlossary(root: string = process.cwd()): Glossary {
  if (current?.root !== root) {
    const text = glossaryText(root);
    current = { root, glossary: (text === undefined ? undefined : loadGlossary(text).glossary) ?? { terms: [], watch: [] } };
  }
  return current.glossary;
}

/** Forgets the glossary, so the next build reads the edited file: before every build (.eleventy.ts), so `npm start` shows an edit at once. */
export function forgetGlossary(): void {
  current = undefined;
}
