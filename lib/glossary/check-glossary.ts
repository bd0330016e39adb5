import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Problem } from '../errors.ts';
import { markdownTerms } from './markdown-terms.ts';
import { messages } from '../messages.ts';
import { glossaryText, loadGlossary, type Glossary } from './load-glossary.ts';
import { termOf, wordsPattern } from './term-pattern.ts';

/** A page's text to search, with the file line its body starts on. */
export interface PageText {
  file: string;
  body: string;
  bodyLine: number;
}

/** Where else readers meet the glossary's words: the figure tables and charts, shown on pages. */
const DATA_FOLDERS = ['_data/figures', '_data/charts'];

/**
 * The glossary's problems: its own (schema, duplicates, each at its line), a watched word a page
 * uses with no term to explain it (at the page's line), and a term nothing uses (at its line).
 */
export function checkGlossary(root: string, pages: readonly PageText[]): Problem[] {
  const text = glossaryText(root);
  if (text === undefined) return [];
  const { glossary, problems } = loadGlossary(text);
  if (!glossary) return problems;
  return [...watchedWordsUsed(glossary, pages), ...termsNotExplained(glossary, pages), ...termsNeverUsed(glossary, root, pages)];
}

/** A page's lines without its shortcodes, whose figure ids ("community-budget-pilots") are no words. */
function proseLines(page: PageText): string[] {
  return page.body.replace(/\{%[^%]*%\}/g, (code) => ' '.repeat(code.length)).split('\n');
}

/** Each use of a list of words on a page: its line and column in the file. */
function uses(page: PageText, pattern: RegExp): { line: number; col: number; word: string }[] {
  return proseLines(page).flatMap((line, index) =>
    [...line.matchAll(pattern)].map((match) => ({ line: page.bodyLine + index, col: (match.index ?? 0) + 1, word: match[0] })),
  );
}

/**
 * Terms a page uses only where their meaning cannot follow (a heading, a quotation, a link):
 * the page would leave them unexplained. Reported at the first use.
 */
function termsNotExplained(glossary: Glossary, pages: readonly PageText[]): Problem[] {
  const problems: Problem[] = [];
  // All forms at once, longest first: "Community Budget" inside "Whole-Place Community Budget" is the longer term's.
  const pattern = wordsPattern(glossary.terms.flatMap((term) => term.forms));
  if (!pattern) return [];
  const markdown = new MarkdownIt({ html: true });
  markdown.use(markdownTerms, () => glossary);
  for (const page of pages) {
    const explained = explainedTerms(markdown, page.body);
    const reported = new Set<string>();
    for (const use of uses(page, pattern)) {
      const term = termOf(glossary.terms, use.word);
      if (!term || explained.has(term.id) || reported.has(term.id)) continue;
      reported.add(term.id);
      problems.push({ file: page.file, line: use.line, col: use.col, message: messages.termNotExplained(use.word, term.term) });
    }
  }
  return problems;
}

/** The ids of the terms the page's own sentences explain, found as the pages' renderer marks them. */
function explainedTerms(markdown: InstanceType<typeof MarkdownIt>, body: string): Set<string> {
  const html = markdown.render(body.replace(/\{%[^%]*%\}/g, ''));
  return new Set([...html.matchAll(/<dfn class="term" id="term-([^"]+)"/g)].map((match) => match[1] ?? ''));
}

function watchedWordsUsed(glossary: Glossary, pages: readonly PageText[]): Problem[] {
  const pattern = wordsPattern(glossary.watch.map(({ word }) => word));
  if (!pattern) return [];
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const use of uses(page, pattern)) problems.push({ file: page.file, line: use.line, col: use.col, message: messages.watchedWordUsed(use.word) });
  }
  return problems;
}

function termsNeverUsed(glossary: Glossary, root: string, pages: readonly PageText[]): Problem[] {
  const texts = [...pages.map((page) => page.body), ...dataTexts(root)];
  return glossary.terms
    .filter((term) => !texts.some((text) => wordsPattern(term.forms)?.test(text)))
    .map((term) => ({ ...term.location, message: messages.termNeverUsed(term.term) }));
}

function dataTexts(root: string): string[] {
  return DATA_FOLDERS.flatMap((folder) => {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(root, folder)).filter((name) => /\.ya?ml$/.test(name));
    } catch {
      // A project without charts has no folder for them: nothing to read.
    }
    // Comments are for editors: a word only there is not one readers meet.
    return names.map((name) => readFileSync(path.join(root, folder, name), 'utf8').replace(/(^|\s)#.*$/gm, ''));
  });
}
