import matter from 'gray-matter';
import type { Location, Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import type { Source } from '../figures/model.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { parseYamlFile, type YamlPath } from '../figures/yaml-file.ts';
import { bodyLine } from './body-line.ts';
import { pageSchema } from './page-schema.ts';

/** A Markdown page split into checked front matter and its body. */
export interface PageSource {
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  problems: Problem[];
  /** Where a front matter field is written, for problems found later. */
  locate: (path: YamlPath) => Location;
}

/**
 * Reads a page's front matter with line numbers and checks it against the page schema.
 * @param sources the known sources, to check the page's `source`.
 */
export function readPage(text: string, file: string, sources: ReadonlyMap<string, Source>): PageSource {
  // gray-matter runs front matter opened with ---js (or ---javascript) as JavaScript: pages are data.
  if (/^\uFEFF?---[ \t]*[^\s-]/.test(text)) return unreadable(file, text, messages.frontMatterLanguage());
  let parsed: { matter: string; content: string };
  try {
    parsed = matter(text, { engines: { yaml: () => ({}) } });
  } catch {
    // gray-matter reads text after the opening --- as a language name and fails on an unknown one.
    return unreadable(file, text, messages.frontMatterOpening());
  }
  const firstLine = bodyLine(text, parsed.content);
  const { yaml, problems } = parseYamlFile(parsed.matter, file);
  // gray-matter keeps the newline after the opening ---, so YAML line numbers are already file line numbers.
  const shifted = problems.map((problem) => ({ ...problem, message: messages.frontMatterSyntax(problem.message) }));
  if (!yaml) return { file, data: {}, body: parsed.content, bodyLine: firstLine, problems: shifted, locate: () => ({ file, line: 1, col: 1 }) };
  const schemaProblems = validateSchema(pageSchema, yaml);
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  if (schemaProblems.length === 0 && !sources.has(String(data.source))) {
    const at = yaml.locate(['source']);
    schemaProblems.push({ ...at, message: messages.unknownSource(String(data.source), [...sources.keys()]) });
  }
  return { file, data, body: parsed.content, bodyLine: firstLine, problems: schemaProblems, locate: (path) => yaml.locate(path) };
}

/** A page whose front matter cannot be read at all: one problem on its first line. */
function unreadable(file: string, text: string, message: string): PageSource {
  return { file, data: {}, body: text, bodyLine: 1, problems: [{ file, line: 1, col: 1, message }], locate: () => ({ file, line: 1, col: 1 }) };
}
