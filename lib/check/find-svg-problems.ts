import { Parser } from 'htmlparser2';
import { SVG_ELEMENTS, attributeProblem, styleProblem } from './svg-allowlist.ts';

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
  const open: string[] = [];
  let seenRoot = false;
  const add = (reason: string): void => {
    problems.push({ line: lineAt(text, parser.startIndex), reason });
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!seenRoot && name !== 'svg') add(`starts with <${name}>, not <svg>: it is not an SVG image`);
        seenRoot = true;
        if (!SVG_ELEMENTS.has(name)) add(`has a <${name}> element, which images may not hold`);
        for (const [attribute, value] of Object.entries(attributes)) {
          const reason = attributeProblem(attribute, value);
          if (reason) add(reason);
        }
        open.push(name);
      },
      onclosetag: () => void open.pop(),
      ontext(data) {
        const reason = open.at(-1) === 'style' ? styleProblem(data) : undefined;
        if (reason) add(reason);
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() !== '?xml') add(`has a <${name} ...> declaration, which may pull in other files`);
      },
    },
    { xmlMode: true, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.end(text);
  if (!seenRoot) problems.push({ line: 1, reason: 'has no <svg> element: it is not an SVG image' });
  // The parser reads <!ENTITY> inside a DOCTYPE as part of it; say so even if it changes.
  if (/<!(ENTITY|DOCTYPE)/i.test(text) && !problems.some((p) => p.reason.includes('declaration'))) problems.push({ line: lineAt(text, text.search(/<!(ENTITY|DOCTYPE)/i)), reason: 'has a DOCTYPE or ENTITY declaration, which may pull in other files' });
  return problems;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, Math.max(0, index)).split('\n').length;
}
