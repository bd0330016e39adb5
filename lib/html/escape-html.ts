const replacements: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/**
 * Escapes text for HTML content and attribute values. Every string from YAML or front matter
 * goes through this (directly, or through the layouts' html`` tag) before it reaches a page.
 * @example escapeHtml('<b>"Adults"</b>') // "&lt;b&gt;&quot;Adults&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  // Most text has none of the five characters: a test is cheaper than a replace with a callback.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => replacements[char] ?? char) : text;
}
