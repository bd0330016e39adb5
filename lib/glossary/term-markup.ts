import { escapeHtml } from '../html/escape-html.ts';
import type { GlossaryTerm } from './load-glossary.ts';

/** The address of a term on the glossary page: root-relative, so a --pathprefix is added to it. */
export function glossaryHref(term: GlossaryTerm): string {
  return `/glossary/#${term.id}`;
}

/**
 * A term's first use on a page: a definition (`<dfn>`) whose word links to the glossary, described
 * for screen readers by its meaning (`aria-describedby`), which follows in the same paragraph.
 * @param written the word as the page writes it.
 */
export function termHtml(term: GlossaryTerm, written: string): string {
  return `<dfn class="term" id="term-${term.id}"><a href="${glossaryHref(term)}" aria-describedby="meaning-${term.id}">${escapeHtml(written)}</a></dfn>`;
}

/** The meaning shown after the paragraph's text: visible to all, and the term's description. */
export function meaningHtml(term: GlossaryTerm): string {
  return `<span class="term-meaning" id="meaning-${term.id}">${escapeHtml(term.term)}: ${escapeHtml(term.definition)}</span>`;
}
