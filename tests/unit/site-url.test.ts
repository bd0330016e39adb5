/**
 * The site's address: `npm run site:url` writes the GitHub Pages address into a copy's
 * _data/site.yaml while it is the example one, keeps a real one, refuses a bad one; the publish
 * workflow runs it with configure-pages' base_url before anything is built; `npm run check` warns
 * while the address or the feedback email is a placeholder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { isPlaceholder, withSiteUrl } from '../../lib/site/site-url.ts';
import { placeholderWarnings } from '../../lib/site/placeholder-settings.ts';
import { build, copyProject, edit } from '../fixtures/project-copy.ts';

const SITE = '_data/site.yaml';
const tsx = path.resolve('node_modules/.bin/tsx');
const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copy(): string {
  const dir = copyProject();
  copies.push(dir);
  return dir;
}

const siteUrl = (dir: string, ...args: string[]) => spawnSync(tsx, ['scripts/site-url.ts', ...args], { cwd: dir, encoding: 'utf8' });

describe('withSiteUrl', () => {
  it('returns the text with the example address replaced, every other line as it was', () => {
    const text = readFileSync(SITE, 'utf8');
    const result = withSiteUrl(text, 'https://westminster.github.io/tri-borough-report');
    assert.equal(result.changed, true);
    const [before, after] = [text.split('\n'), result.text.split('\n')];
    assert.deepEqual(after.filter((line, index) => line !== before[index]), ['url: https://westminster.github.io/tri-borough-report']);
  });

  it('returns a real address as it is', () => {
    const text = 'title: T\nurl: https://reports.westminster.gov.uk\n';
    assert.deepEqual(withSiteUrl(text, 'https://westminster.github.io/x'), { text, changed: false });
  });

  it('returns example domains, and only them, as placeholders', () => {
    assert.ok(isPlaceholder('https://example.gov.uk') && isPlaceholder('https://reports.example.gov.uk') && isPlaceholder('feedback@example.gov.uk'));
    assert.ok(!isPlaceholder('https://westminster.github.io/report') && !isPlaceholder('feedback@westminster.gov.uk') && !isPlaceholder('https://notexample.gov.uk'));
  });
});

describe('npm run site:url', () => {
  it('writes the address GitHub Pages gives (its trailing / removed), and the build then uses it everywhere', async () => {
    const dir = copy();
    const result = siteUrl(dir, '--url=https://westminster.github.io/tri-borough-report/');
    assert.equal(result.status, 0, result.stderr);
    assert.equal((parse(readFileSync(path.join(dir, SITE), 'utf8')) as { url: string }).url, 'https://westminster.github.io/tri-borough-report');
    const built = await build(dir, ['--quiet']);
    assert.equal(built.code, 0, built.output);
    const home = readFileSync(path.join(dir, '_site/index.html'), 'utf8');
    assert.match(home, /<link rel="canonical" href="https:\/\/westminster\.github\.io\/tri-borough-report\/">/);
    for (const file of ['index.html', 'sitemap.xml', 'tri-borough-story/print/index.html', 'robots.txt']) {
      assert.doesNotMatch(readFileSync(path.join(dir, '_site', file), 'utf8'), /https:\/\/example\.gov\.uk/, file);
    }
  });

  it('keeps a real address an editor set', () => {
    const dir = copy();
    edit(dir, SITE, 'url: https://example.gov.uk', 'url: https://reports.westminster.gov.uk');
    const result = siteUrl(dir, '--url=https://westminster.github.io/tri-borough-report');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Kept the address/);
    assert.match(readFileSync(path.join(dir, SITE), 'utf8'), /^url: https:\/\/reports\.westminster\.gov\.uk$/m);
  });

  it('refuses an address that is not https, or is an example, writing nothing', () => {
    const dir = copy();
    const before = readFileSync(path.join(dir, SITE), 'utf8');
    for (const bad of ['http://westminster.github.io/report', 'https://example.gov.uk', '']) {
      const result = siteUrl(dir, `--url=${bad}`);
      assert.equal(result.status, 1, bad);
      assert.match(result.stderr, /--url must be the address the site is published at, starting https:\/\//);
    }
    assert.equal(readFileSync(path.join(dir, SITE), 'utf8'), before);
  });
});

describe('placeholderWarnings', () => {
  it('returns a warning at the line of the example address and of the example email', () => {
    const dir = copy();
    const warnings = placeholderWarnings(dir);
    const lines = readFileSync(path.join(dir, SITE), 'utf8').split('\n');
    assert.deepEqual(warnings.map((w) => lines[(w.line ?? 0) - 1]?.trim()), ['url: https://example.gov.uk', 'email: feedback@example.gov.uk']);
    assert.match(warnings[0]?.message ?? '', /^warning: url is still the example address/);
  });

  it('returns none once both are real', () => {
    const dir = copy();
    edit(dir, SITE, 'url: https://example.gov.uk', 'url: https://reports.westminster.gov.uk');
    edit(dir, SITE, 'email: feedback@example.gov.uk', 'email: feedback@westminster.gov.uk');
    assert.deepEqual(placeholderWarnings(dir), []);
  });
});

describe('the publish workflow', () => {
  interface Step { id?: string; uses?: string; run?: string; env?: Record<string, string> }
  const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  // The test job sets the address, runs the tests (which print the PDFs) and builds what is published.
  const steps = workflow.jobs.test?.steps ?? [];
  const index = (test: (step: Step) => boolean): number => steps.findIndex(test);

  it('sets the address from configure-pages base_url before the tests print the PDFs and the site is built', () => {
    const pages = steps[index((step) => step.uses?.startsWith('actions/configure-pages@') ?? false)];
    assert.ok(pages?.id, 'configure-pages needs an id for its outputs');
    const at = index((step) => /npm run site:url -- --url="\$PAGES_URL"/.test(step.run ?? ''));
    assert.ok(at >= 0, 'no site:url step');
    assert.equal(steps[at]?.env?.PAGES_URL, `\${{ steps.${pages?.id}.outputs.base_url }}`);
    assert.ok(at > index((step) => step === pages), 'after configure-pages');
    for (const later of [/^npm test$/, /npm run build/]) assert.ok(at < index((step) => later.test(step.run ?? '')), `before ${String(later)}`);
  });
});
