import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import type { Source } from './model.ts';
import { sourcesSchema } from './schema.ts';
import { validateSchema } from './validate-schema.ts';
import { parseYamlFile } from './yaml-file.ts';

/**
 * Reads the sources list and checks it.
 * @param schemaChecked the checks passed on exactly this file before: its schema need not be checked again.
 * @returns the sources, and every problem found (the sources are unusable if there are any).
 */
export function loadSources(text: string, file: string, schemaChecked = false): { sources: Source[]; problems: Problem[] } {
  const { yaml, problems } = parseYamlFile(text, file);
  if (!yaml) return { sources: [], problems };
  const schemaProblems = schemaChecked ? [] : validateSchema(sourcesSchema, yaml);
  if (schemaProblems.length > 0) return { sources: [], problems: schemaProblems };
  const sources = yaml.data as Source[];
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    if (seen.has(source.id)) problems.push({ ...yaml.locate([index, 'id']), message: messages.duplicateSourceId(source.id) });
    seen.add(source.id);
  });
  return { sources, problems };
}
