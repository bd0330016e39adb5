import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { explainRetiredFields } from '../figures/retired-fields.ts';
import { validateSchema } from '../figures/validate-schema.ts';
import { parseYamlFile } from '../figures/yaml-file.ts';
import { siteSchema } from './site-schema.ts';

/** Where the site settings are, relative to the project root. */
export const SITE_SETTINGS_FILE = '_data/site.yaml';

/** Settings that could weaken the site's protections, now the project's code (lib/site/security-policy.ts). */
const RETIRED_SETTINGS = {
  securityPolicy: 'the security policy is part of the code of the site, so that no edit can loosen it: remove this line',
};

/** The settings of the whole site, from _data/site.yaml, once checked. */
export interface SiteSettings {
  title: string;
  url: string;
  language: string;
  publisher: string;
  description: string;
  feedback: { email: string };
}

/**
 * Reads and checks the site settings: a misspelt or missing setting would otherwise publish
 * pages titled "undefined" or a feedback link that goes nowhere.
 * @returns the settings, or undefined with every problem, each at its line.
 */
export function loadSiteSettings(text: string, file: string = SITE_SETTINGS_FILE): { settings?: SiteSettings; problems: Problem[] } {
  const { yaml, problems } = parseYamlFile(text, file);
  if (!yaml) return { problems };
  const schemaProblems = explainRetiredFields(yaml, RETIRED_SETTINGS, validateSchema(siteSchema, yaml));
  if (schemaProblems.length > 0) return { problems: schemaProblems };
  return { settings: yaml.data as SiteSettings, problems: [] };
}

/** The problems in the project's site settings, for the checks run before a build. */
export function checkSiteSettings(root: string): Problem[] {
  return loadSiteSettings(readFileSync(path.join(root, SITE_SETTINGS_FILE), 'utf8')).problems;
}
