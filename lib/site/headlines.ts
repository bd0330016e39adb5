/**
 * The home page's headline figures (_data/headlines.yaml): each a figure from the tables, never
 * typed, with what it is and the section that tells its story. Checked at their lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isReportError, type Problem } from '../errors.ts';
import { text } from '../figures/schema.ts';
import type { FigureRegistry } from '../figures/registry.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { parseYamlFile, type YamlFile } from '../figures/yaml-file.ts';
import { formatDate } from '../format/format-date.ts';

export const HEADLINES_FILE = '_data/headlines.yaml';

const figureId = { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$', description: 'a figure written table.row, like savings.total' } as const;

export const headlinesSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['figure', 'label', 'link'],
    additionalProperties: false,
    properties: {
      figure: figureId,
      from: figureId,
      label: text('what the figure is, in words, like saved by sharing services'),
      link: { type: 'string', pattern: '^/[^\\s]*$', description: 'the address of the section that tells its story, starting /, like /tri-borough-story/two-years-on/' },
    },
  },
} as const;

/** A headline as the home page shows it: its figures' ids, words, link and source. */
export interface Headline {
  figure: string;
  from?: string;
  label: string;
  link: string;
  /** The document and date of the figure's latest statement, like "The Tri-borough story, 2013". */
  source: string;
}

/**
 * Reads the headlines and checks them: the schema, then that each figure exists.
 * @returns the headlines, or every problem, each at its line.
 */
export function loadHeadlines(contents: string, registry: FigureRegistry, file: string = HEADLINES_FILE): { headlines: Headline[]; problems: Problem[] } {
  const { yaml, problems } = parseYamlFile(contents, file);
  if (!yaml) return { headlines: [], problems };
  const schemaProblems = validateSchema(headlinesSchema, yaml);
  if (schemaProblems.length > 0) return { headlines: [], problems: schemaProblems };
  const raw = yaml.data as Omit<Headline, 'source'>[];
  const found: Problem[] = [];
  const headlines = raw.map((headline, index) => ({ ...headline, source: sourceOf(registry, yaml, headline, index, found) }));
  return { headlines, problems: found };
}

function sourceOf(registry: FigureRegistry, yaml: YamlFile, headline: Omit<Headline, 'source'>, index: number, problems: Problem[]): string {
  let source = '';
  for (const field of ['from', 'figure'] as const) {
    const id = headline[field];
    if (id === undefined) continue;
    try {
      const { statement } = registry.cite(id);
      source = `${statement.source.title}, ${formatDate(statement.date)}`;
    } catch (error) {
      if (!isReportError(error)) throw error;
      problems.push(...error.problems.map((problem) => ({ ...problem, ...yaml.locate([index, field]) })));
    }
  }
  return source;
}

/** The problems in the project's headlines, if it has any, for the checks run before a build. */
export function checkHeadlines(root: string, registry: FigureRegistry): Problem[] {
  let contents: string;
  try {
    contents = readFileSync(path.join(root, HEADLINES_FILE), 'utf8');
  } catch {
    // Headlines are optional: a report without the file shows none.
    return [];
  }
  return loadHeadlines(contents, registry).problems;
}
