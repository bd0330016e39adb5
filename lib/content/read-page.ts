import matter from 'gray-matter';
import type { Location, Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import type { Source } from '../figures/model.ts';
import { explainRetiredFields } from '../figures/retired-fields.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { parseYamlFile, type YamlPath } from '../figures/yaml-file.ts';
import { bodyLine } from './body-line.ts';
import { FRONT_MATTER_YAML } from './parse-front-matter.ts';
import { encodingProblem, normaliseSource } from './source-text.ts';
import { pageSchema } from './page-schema.ts';

/** Front matter that once let a page publish raw HTML: no page may now, whatever its front matter says. */
const RETIRED_FRONT_MATTER = {
  allowHtml: 'pages are Markdown only, so that no edit can put a script or a redirect on a page: remove this line and write the HTML as Markdown',
};

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
 * Reads a page's front matter with line numbers and checks it against the page schema. The text
 * is read as saved by any program (Windows line endings, a byte order mark); an empty page, or
 * one not saved as UTF-8, gets that one problem.
 * @param sources the known sources, to check the page's `source`.
 */
export function readPage(saved: string, file: string, sources: ReadonlyMap<string, Source>): PageSource {
  const text = normaliseSource(saved);
  // A page that cannot be read has one thing to fix first; its body is not checked.
  const unreadable = encodingProblem(text, file);
  if (unreadable) return unreadPage(file, '', unreadable);
  if (text.trim() === '') return unreadPage(file, '', { file, line: 1, col: 1, message: messages.emptyPage() });
  // gray-matter reads text with no front matter as front matter with no fields: say what is missing.
  if (!text.startsWith('---')) return unreadPage(file, text, { file, line: 1, col: 1, message: messages.frontMatterOpening() });
  // gray-matter runs front matter opened with ---js (or ---javascript) as JavaScript: pages are data.
  if (/^---[ \t]*[^\s-]/.test(text)) return unreadPage(file, text, { file, line: 1, col: 1, message: messages.frontMatterLanguage() });
  let parsed: { matter?: string; content: string };
  try {
    parsed = matter(text, { engines: { yaml: () => ({}) } });
  } catch {
    // gray-matter reads text after the opening --- as a language name and fails on an unknown one.
    return unreadPage(file, text, { file, line: 1, col: 1, message: messages.frontMatterOpening() });
  }
  const firstLine = bodyLine(text, parsed.content);
  const { yaml, problems } = parseYamlFile(parsed.matter ?? '', file, FRONT_MATTER_YAML);
  // gray-matter keeps the newline after the opening ---, so YAML line numbers are already file line numbers.
  const shifted = problems.map((problem) => ({ ...problem, message: messages.frontMatterSyntax(problem.message) }));
  if (!yaml) return { file, data: {}, body: parsed.content, bodyLine: firstLine, problems: shifted, locate: () => ({ file, line: 1, col: 1 }) };
  // Empty front matter (--- then ---) is a page missing every field, each said with its fix.
  const fields = yaml.data === null || yaml.data === undefined ? { ...yaml, data: {} } : yaml;
  const schemaProblems = explainRetiredFields(fields, RETIRED_FRONT_MATTER, validateSchema(pageSchema, fields));
  const data = fields.data as Record<string, unknown>;
  if (schemaProblems.length === 0 && !sources.has(String(data.source))) {
    const at = yaml.locate(['source']);
    schemaProblems.push({ ...at, message: messages.unknownSource(String(data.source), [...sources.keys()]) });
  }
  return { file, data, body: parsed.content, bodyLine: firstLine, problems: schemaProblems, locate: (path) => yaml.locate(path) };
}

/** A page whose front matter could not be read, with the problem to fix. */
function unreadPage(file: string, body: string, problem: Problem): PageSource {
  return { file, data: {}, body, bodyLine: 1, problems: [problem], locate: () => ({ file, line: 1, col: 1 }) };
}
