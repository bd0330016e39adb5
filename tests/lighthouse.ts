/**
 * Runs Lighthouse 12 (13 needs a newer Node), from the optional tools/lighthouse/ (`npm run tools
 * -- lighthouse`), on a phone profile in the test browser. Used by tests/site/lighthouse.test.ts
 * (the audits that do not depend on the machine's speed) and by `npm run bench` (the
 * performance score, which does).
 *
 * Lighthouse runs in this process, through its Node API, on a Chromium that a session starts
 * once for all the pages it audits: the command line would load Lighthouse and start a browser
 * for every page, a few CPU-seconds each time. Lighthouse still resets the page's storage and
 * cache before each audit.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { toolFile } from '../lib/tools/optional-tool.ts';
import { CHROMIUM_ARGS, findBrowser } from './browser.ts';

/** The report's pages with charts, tables and prose that Lighthouse scores. */
export const LIGHTHOUSE_PAGES = ['/tri-borough-story/two-years-on/', '/tri-borough-story/working-with-government/', '/community-budgets/achievements/'];

/** One audit of Lighthouse's JSON report. */
export interface LighthouseAudit {
  score: number | null;
  title: string;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: { items?: unknown[] };
}

/** The parts of Lighthouse's JSON report read here. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, LighthouseAudit>;
}

/** A browser Lighthouse audits pages in, one page after another. */
export interface LighthouseSession {
  /**
   * Audits one page.
   * @param categories Lighthouse's category ids, e.g. ['accessibility', 'seo'].
   * @param audits audits to run besides the categories', e.g. ['dom-size'].
   */
  audit(url: string, categories: readonly string[], audits?: readonly string[]): Promise<LighthouseResult>;
  close(): Promise<void>;
}

/** The parts of Lighthouse's and chrome-launcher's modules used here. */
type RunLighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: LighthouseResult } | undefined>;
type LaunchChrome = (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill(): void }>;

/** Imports a package of the Lighthouse tool by its entry file. */
async function toolModule<T>(file: string): Promise<T> {
  const entry = toolFile('lighthouse', file);
  if (!existsSync(entry)) throw new Error('Lighthouse is not installed: run npm run tools -- lighthouse');
  return (await import(pathToFileURL(entry).href)) as T;
}

/**
 * Starts Chromium for Lighthouse.
 * @throws when Lighthouse or a browser is missing.
 */
export async function openLighthouse(): Promise<LighthouseSession> {
  const chromePath = findBrowser();
  if (!chromePath) throw new Error('no Chromium: install it (apt-get install -y chromium)');
  const { default: lighthouse } = await toolModule<{ default: RunLighthouse }>('lighthouse/core/index.js');
  const { launch } = await toolModule<{ launch: LaunchChrome }>('chrome-launcher/dist/index.js');
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  return {
    async audit(url, categories, audits = []) {
      // Lighthouse adds the audits named in onlyAudits to the categories' own.
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], ...(audits.length > 0 ? { onlyAudits: [...audits] } : {}) });
      if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
      return result.lhr;
    },
    async close() {
      chrome.kill();
    },
  };
}

/** The titles of the scored audits below 1, to say why a category fell short. */
export function auditsBelowOne(result: LighthouseResult): string[] {
  return Object.values(result.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric'].includes(audit.scoreDisplayMode))
    .map((audit) => audit.title);
}
