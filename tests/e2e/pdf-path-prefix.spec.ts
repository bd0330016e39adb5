/**
 * `npm run pdf` prints the site that was asked for: after `npm run build -- --pathprefix=/report/`
 * it keeps the prefix, and `npm run pdf -- --pathprefix=/report/` takes it itself. Run on a copy
 * of the project whose _data/site.yaml names a real-looking address, so a link to the placeholder
 * or to the machine that printed the PDF cannot pass for a public one.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { compiledTask, copyProject as copyReport, edit } from '../fixtures/project-copy.ts';
import { LOCAL_OR_PLACEHOLDER, readPdf, squash } from './support/read-pdf.ts';

const SITE_URL = 'https://reports.triborough.london';

/** A copy of the project in a temporary folder, its site published at SITE_URL. */
function copyProject(): string {
  const dir = copyReport();
  edit(dir, '_data/site.yaml', /^url: .*$/m, `url: ${SITE_URL}`);
  return dir;
}

/** Runs `npm run <script> -- <flags>` in the copy, and expects it to pass. */
async function npmRun(dir: string, script: 'build' | 'pdf', flags: string[] = []): Promise<void> {
  const { code, output } = await compiledTask(dir, `scripts/${script}.ts`, flags, { timeout: 180_000 });
  expect(code, output).toBe(0);
}

/** Checks the copy's built site is under the prefix and its PDFs link only there or within themselves. */
async function expectPrefixedSite(dir: string, prefix: string): Promise<void> {
  const home = readFileSync(path.join(dir, '_site/index.html'), 'utf8');
  expect(home).toContain(`href="${prefix}assets/report.css"`);
  expect(readFileSync(path.join(dir, '_site/community-budgets/index.html'), 'utf8')).toContain(`href="${prefix}community-budgets.pdf"`);
  for (const slug of ['community-budgets', 'tri-borough-story']) {
    const { links, pages } = await readPdf(path.join(dir, `_site/${slug}.pdf`));
    expect(squash(pages[0] ?? ''), 'the cover gives the public address').toContain(squash(`Read online at ${SITE_URL}${prefix}${slug}/`));
    expect(links.filter((link) => /^https?:/.test(link)).length).toBeGreaterThan(0);
    expect(links.filter((link) => !link.startsWith('#') && !link.startsWith(`${SITE_URL}${prefix}`))).toEqual([]);
    expect(links.filter((link) => LOCAL_OR_PLACEHOLDER.test(link))).toEqual([]);
  }
}

test.describe.configure({ mode: 'serial' });

test('npm run pdf after npm run build -- --pathprefix=/report/ keeps the prefix, in the site and in the PDFs’ links', async () => {
  test.setTimeout(300_000);
  const dir = copyProject();
  try {
    await npmRun(dir, 'build', ['--pathprefix=/report/', '--quiet']);
    await npmRun(dir, 'pdf');
    await expectPrefixedSite(dir, '/report/');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm run pdf -- --pathprefix=/report/ builds, prints and links under the prefix, and a build with it afterwards keeps it', async () => {
  test.setTimeout(300_000);
  const dir = copyProject();
  try {
    await npmRun(dir, 'pdf', ['--pathprefix=/report/']);
    await expectPrefixedSite(dir, '/report/');
    await npmRun(dir, 'build', ['--pathprefix=/report/', '--quiet']);
    await expectPrefixedSite(dir, '/report/');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
