/** A hand-written spec's own words for its headline and subtitle, when it has them. */
export interface SpecWords {
  title?: string;
  description?: string;
}

/**
 * The `title` and `description` a Vega-Lite spec gives itself: a title may be text, lines of
 * text, or `{ text: ..., subtitle: ... }`; lines are joined with spaces.
 */
export function specWords(spec: Readonly<Record<string, unknown>>): SpecWords {
  const title = spec.title;
  const text = typeof title === 'object' && title !== null && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  return { title: words(text), description: words(spec.description) };
}

function words(value: unknown): string | undefined {
  const lines = Array.isArray(value) ? value : [value];
  const text = lines.filter((line): line is string => typeof line === 'string').join(' ').trim();
  return text === '' ? undefined : text;
}
