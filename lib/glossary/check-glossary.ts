import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { glossaryText, loadGlossary, type Glossary } from './load-glossary.ts';
import { wordsPattern } from './term-pattern.ts';

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
  return [...watchedWordsUsed(glossary, pages), ...termsNeverUsed(glossary, root, pages)];
}

function watchedWordsUsed(glossary: Glossary, pages: readonly PageText[]): Problem[] {
  const pattern = wordsPattern(glossary.watch.map(({ word }) => word));
  if (!pattern) return [];
  const problems: Problem[] = [];
  for (const page of pages) {
    page.body.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(pattern)) {
        problems.push({ file: page.file, line: page.bodyLine + index, col: (match.index ?? 0) + 1, message: messages.watchedWordUsed(match[0]) });
      }
    });
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
