import { createRequire } from 'node:module';
import type { Parser } from 'htmlparser2';
import { SVG_ELEMENTS, attributeProblem, styleProblem } from './svg-allowlist.ts';

const load = createRequire(import.meta.url);
let parserClass: typeof Parser | undefined;

/**
 * htmlparser2's parser, loaded the first time an SVG is checked: most builds check none, and
 * loading it anyway costs every build's start (scripts/compiled.mjs keeps it out of the bundle).
 */
function svgParser(): typeof Parser {
  parserClass ??= (load('htmlparser2') as typeof import('htmlparser2')).Parser;
  return parserClass;
}

/** Why an SVG image cannot be published, and the line of the file it is on. */
export interface SvgProblem {
  line: number;
  reason: string;
}

/**
 * Reads an SVG as XML and lists what in it could run script or load from elsewhere once it is
 * served from the site's address: elements outside the allowlist (script, foreignObject...),
 * event attributes, links and url()s leaving the document, @import, and DOCTYPE or ENTITY
 * declarations (which can pull in other files or blow up when expanded).
 */
export function findSvgProblems(text: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const seen = { elements: 0 };
  const parser = new (svgParser())(svgHandlers((reason) => problems.push({ line: lineAt(text, parser.startIndex), reason }), seen), {
    xmlMode: true,
    recognizeCDATA: true,
    recognizeSelfClosing: true,
  });
  parser.end(text);
  if (seen.elements === 0) problems.push({ line: 1, reason: 'has no <svg> element: it is not an SVG image' });
  return [...problems, ...textProblems(text, problems)];
}

/** What the parser sees, element by element: each problem is passed to `add` as it is met. */
function svgHandlers(add: (reason: string) => void, seen: { elements: number }): Partial<ConstructorParameters<typeof Parser>[0]> {
  const open: string[] = [];
  // A style element's text may come in several pieces (around entities): check it whole.
  let styleText = '';
  return {
    onopentag(name, attributes) {
      if (seen.elements++ === 0 && name !== 'svg') add(`starts with <${name}>, not <svg>: it is not an SVG image`);
      if (!SVG_ELEMENTS.has(name)) add(`has a <${name}> element, which images may not hold`);
      for (const [attribute, value] of Object.entries(attributes)) {
        const reason = attributeProblem(attribute, value);
        if (reason) add(reason);
      }
      open.push(name);
    },
    onclosetag(name) {
      const reason = name === 'style' ? styleProblem(styleText) : undefined;
      if (reason) add(reason);
      if (name === 'style') styleText = '';
      open.pop();
    },
    ontext(data) {
      if (open.at(-1) === 'style') styleText += data;
    },
    onprocessinginstruction(name, data) {
      if (name.toLowerCase() !== '?xml') add(`has a <${name} ...> declaration, which may pull in other files`);
      else if (/encoding/i.test(data) && !/encoding\s*=\s*["']utf-8["']/i.test(data)) add('declares an encoding other than UTF-8, which a browser could read differently');
    },
  };
}

/** What the parser may not report as such: characters XML forbids, and a DOCTYPE or ENTITY inside another construct. */
function textProblems(text: string, found: readonly SvgProblem[]): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const control = text.search(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  if (control >= 0) problems.push({ line: lineAt(text, control), reason: 'has a control character, which XML does not allow' });
  const declaration = text.search(/<!(ENTITY|DOCTYPE)/i);
  if (declaration >= 0 && !found.some((p) => p.reason.includes('declaration'))) problems.push({ line: lineAt(text, declaration), reason: 'has a DOCTYPE or ENTITY declaration, which may pull in other files' });
  return problems;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, Math.max(0, index)).split('\n').length;
}
