import type { GlossaryTerm } from './load-glossary.ts';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern for a list of words, longest first so "Whole-Place Community Budget" wins over
 * "community budget"; any case, a space or hyphen between words ("Whole-place", "employee led"),
 * and whole words only. Each match's group 1 is the word as the page writes it.
 */
export function wordsPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((word) => word.split(/[\s-]+/).map(escape).join('[\\s-]+'));
  return new RegExp(`(?<![\\w-])(${alternatives.join('|')})(?![\\w-])`, 'gi');
}

/** The term a word on a page is a form of, whatever its case or hyphens. */
export function termOf(terms: readonly GlossaryTerm[], written: string): GlossaryTerm | undefined {
  const key = written.toLowerCase().replace(/[\s-]+/g, ' ');
  return terms.find((term) => term.forms.some((form) => form.toLowerCase().replace(/[\s-]+/g, ' ') === key));
}
