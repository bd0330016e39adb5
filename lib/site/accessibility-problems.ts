/**
 * What is known not to be accessible yet (_data/accessibility.yaml), listed on the
 * accessibility statement (lib/pages/accessibility-page.ts) under "Content that is not
 * accessible", with the date the list was last reviewed. Checked at its lines, as every file
 * editors write is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { DATE_PATTERN, text } from '../figures/schema.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { parseYamlFile } from '../figures/yaml-file.ts';

export const ACCESSIBILITY_FILE = '_data/accessibility.yaml';

/** A problem readers may meet: what it is, the WCAG criterion it fails, what we will do. */
export interface AccessibilityProblem {
  what: string;
  standard?: string;
  plan?: string;
}

export interface AccessibilityProblems {
  reviewed?: string;
  problems: AccessibilityProblem[];
}

export const accessibilityProblemsSchema = {
  type: 'object',
  required: ['problems'],
  additionalProperties: false,
  properties: {
    reviewed: { type: 'string', pattern: DATE_PATTERN, description: 'the date the list was last checked against the reports, written YYYY-MM-DD, like 2026-12-01' },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['what'],
        additionalProperties: false,
        properties: {
          what: text('what a reader meets, in plain words'),
          standard: text('the WCAG 2.2 success criterion it fails, like 1.3.1 Info and relationships'),
          plan: text('what we will do about it, and by when if we know'),
        },
      },
    },
  },
} as const;

/**
 * Reads the list and checks it against its schema.
 * @returns the list, or undefined with every problem, each at its line.
 */
export function loadAccessibilityProblems(contents: string, file: string = ACCESSIBILITY_FILE): { list?: AccessibilityProblems; problems: Problem[] } {
  const { yaml, problems } = parseYamlFile(contents, file);
  if (!yaml) return { problems };
  const schemaProblems = validateSchema(accessibilityProblemsSchema, yaml);
  if (schemaProblems.length > 0) return { problems: schemaProblems };
  return { list: yaml.data as AccessibilityProblems, problems: [] };
}

/** The problems in the project's list, if it has one, for the checks run before a build. */
export function checkAccessibilityProblems(root: string): Problem[] {
  let contents: string;
  try {
    contents = readFileSync(path.join(root, ACCESSIBILITY_FILE), 'utf8');
  } catch {
    // The list is optional: a report without the file lists no problems.
    return [];
  }
  return loadAccessibilityProblems(contents).problems;
}
