import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import type { YamlFile } from './yaml-file.ts';

/** A field that files once had and must no longer: its name, and why it went. */
export type RetiredFields = Readonly<Record<string, string>>;

/**
 * Explains top-level fields that are no longer allowed, instead of calling them unknown: an
 * editor copying an old file learns why the line must go. The schema's "unknown field" for the
 * same place is dropped, so each line is reported once.
 * @param problems what the schema found in the same file.
 */
export function explainRetiredFields(yaml: YamlFile, retired: RetiredFields, problems: readonly Problem[]): Problem[] {
  const data = yaml.data;
  if (typeof data !== 'object' || data === null) return [...problems];
  const found = Object.keys(retired)
    .filter((field) => Object.hasOwn(data, field))
    .map((field) => ({ ...yaml.locateKey([], field), message: messages.retiredField(field, retired[field] ?? '') }));
  const places = new Set(found.map((problem) => `${problem.line}:${problem.col}`));
  return [...found, ...problems.filter((problem) => !places.has(`${problem.line}:${problem.col}`))];
}
