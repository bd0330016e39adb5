const replacements: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values. Every string from YAML or front matter
 * goes through this (directly, or through the layouts' html`` tag) before it reaches a page.
 * @example escapeHtml('<b>"Adults"</b>') // "&lt;b&gt;&quot;Adults&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => replacements[char] ?? char);
}
