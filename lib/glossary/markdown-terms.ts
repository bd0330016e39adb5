import type MarkdownIt from 'markdown-it';
import type { Glossary, GlossaryTerm } from './load-glossary.ts';
import { reportGlossary } from './load-glossary.ts';
import { meaningHtml, termHtml } from './term-markup.ts';
import { termOf, wordsPattern } from './term-pattern.ts';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
type StateCore = Parameters<Parameters<InstanceType<typeof MarkdownIt>['core']['ruler']['push']>[1]>[0];

/**
 * markdown-it plugin: the first use of each glossary term on a page, in a paragraph or list item
 * of the page's own words (not a heading, quotation, link or figure), becomes a definition linked
 * to the glossary, with its meaning after the paragraph's text. One render is one page.
 * @param glossary where the terms come from: the project's glossary, as it is at each render.
 */
export function markdownTerms(markdown: InstanceType<typeof MarkdownIt>, glossary: () => Glossary = reportGlossary): void {
  markdown.core.ruler.push('glossary-terms', (state: StateCore) => {
    const { terms } = glossary();
    const pattern = termsPattern(terms);
    if (!pattern) return;
    const seen = new Set<string>();
    let quoted = 0;
    state.tokens.forEach((token, index) => {
      if (token.type === 'blockquote_open') quoted++;
      if (token.type === 'blockquote_close') quoted--;
      const inParagraph = state.tokens[index - 1]?.type === 'paragraph_open';
      if (token.type === 'inline' && inParagraph && quoted === 0 && token.children) {
        token.children = markChildren(token.children, { terms, pattern, seen, Token: state.Token });
      }
    });
  });
}

/** Each glossary's pattern, made once: the glossary is read once a build (reportGlossary), and every page asks. */
const patterns = new WeakMap<readonly GlossaryTerm[], RegExp | undefined>();

function termsPattern(terms: readonly GlossaryTerm[]): RegExp | undefined {
  if (!patterns.has(terms)) patterns.set(terms, wordsPattern(terms.flatMap((term) => term.forms)));
  return patterns.get(terms);
}

interface Marking {
  terms: readonly GlossaryTerm[];
  pattern: RegExp;
  seen: Set<string>;
  Token: StateCore['Token'];
}

/** The paragraph's tokens with first uses marked, and the meanings of those terms at its end. */
function markChildren(children: Token[], marking: Marking): Token[] {
  const result: Token[] = [];
  const meanings: string[] = [];
  let inLink = 0;
  for (const child of children) {
    if (child.type === 'link_open') inLink++;
    if (child.type === 'link_close') inLink--;
    if (child.type !== 'text' || inLink > 0) result.push(child);
    else result.push(...markText(child.content, marking, meanings));
  }
  for (const meaning of meanings) result.push(htmlToken(marking, meaning));
  return result;
}

function markText(text: string, marking: Marking, meanings: string[]): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  for (const match of text.matchAll(marking.pattern)) {
    const term = termOf(marking.terms, match[0]);
    if (!term || marking.seen.has(term.id)) continue;
    marking.seen.add(term.id);
    tokens.push(textToken(marking, text.slice(from, match.index)), htmlToken(marking, termHtml(term, match[0])));
    meanings.push(meaningHtml(term));
    from = (match.index ?? 0) + match[0].length;
  }
  tokens.push(textToken(marking, text.slice(from)));
  return tokens.filter((token) => token.content !== '');
}

function textToken(marking: Marking, content: string): Token {
  const token = new marking.Token('text', '', 0);
  token.content = content;
  return token;
}

function htmlToken(marking: Marking, content: string): Token {
  const token = new marking.Token('html_inline', '', 0);
  token.content = content;
  return token;
}
