/**
 * A value of a chart's own data as its table and summary write it: numbers and text as they
 * are, yes/no as true/false, nothing as an empty cell, anything else as JSON.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
