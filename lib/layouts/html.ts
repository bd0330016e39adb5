import { escapeHtml } from '../html/escape-html.ts';

/** Markup that is already safe: put in a page as it is, where a plain string would be escaped. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Marks text as markup already made safe (rendered Markdown, another part of the layout). */
export function raw(text: string): Markup {
  return new Markup(text);
}

/**
 * Builds markup as a template language's autoescaping does: every value put in is escaped unless it is
 * Markup; lists are joined; undefined, null and false put in nothing.
 * @example html`<h1>${'A & B'}</h1>` // <h1>A &amp; B</h1>
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += markupOf(value) + (strings[index + 1] ?? '');
  });
  return new Markup(text);
}

function markupOf(value: unknown): string {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(markupOf).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}
