import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { BUNDLE_FILE, cmsBundle } from '../../lib/cms/cms-bundle.ts';
import { readReportFiles } from '../../lib/cms/report-files.ts';
import { messages } from '../../lib/messages.ts';

interface ReportChecks {
  load(files: unknown): void;
  checkEdit(file: string, text: string): string[];
  previewHtml(body: string): string;
  figureChoices(): Array<{ id: string; label: string }>;
  contentsNumber(file: string, fields: { title?: unknown; order?: unknown }): number | undefined;
  publications(): string[];
}

/** The committed bundle, run as the browser runs it: a script defining the global reportChecks, with what every browser has that a bare context lacks. */
function committedChecks(): ReportChecks {
  const context = vm.createContext({ TextEncoder, TextDecoder });
  vm.runInContext(`${readFileSync(BUNDLE_FILE, 'utf8')};globalThis.reportChecks = reportChecks;`, context);
  const checks = (context as { reportChecks: ReportChecks }).reportChecks;
  checks.load(readReportFiles(process.cwd()));
  return checks;
}

describe('cmsBundle', () => {
  it('returns the text committed in admin/report-checks.js (run npm run cms:bundle after changing lib/)', async () => {
    assert.equal(readFileSync(BUNDLE_FILE, 'utf8'), await cmsBundle(process.cwd()), `${BUNDLE_FILE} is out of date: run npm run cms:bundle`);
  });

  it('returns checks that accept the report as it is and refuse a total that no longer adds up, in the build\'s words', () => {
    const checks = committedChecks();
    const file = '_data/figures/savings.yaml';
    const text = readFileSync(file, 'utf8');
    assert.deepEqual([...checks.checkEdit(file, text)], []);
    const problems = [...checks.checkEdit(file, text.replace('value: 0.92', 'value: 1.92'))];
    assert.deepEqual(problems, [`${file}: ${messages.totalMismatch('£9.92m', '£10.92m')}`]);
  });

  it('returns checks that read a page\'s front matter and refuse a figure id the tables do not have', () => {
    const checks = committedChecks();
    const file = 'content/tri-borough-story/two-years-on.md';
    const text = readFileSync(file, 'utf8');
    assert.deepEqual([...checks.checkEdit(file, text)], []);
    const problems = [...checks.checkEdit(file, `${text}\nWe saved {% figure "savings.totl" %}.\n`)];
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^content\/tri-borough-story\/two-years-on\.md: .*savings\.total/);
  });

  it('returns a preview with figures formatted and tables drawn', () => {
    const html = committedChecks().previewHtml('## Savings\n\nWe saved {% figure "savings.total" %}.\n\n{% figureTable "savings" %}');
    assert.match(html, /<data class="figure">£9\.92m<\/data>/);
    assert.match(html, /<table class="figure-table"/);
  });

  it('returns the publications, one a folder of content/ with a landing page', () => {
    assert.deepEqual([...committedChecks().publications()].sort(), ['community-budgets', 'tri-borough-story']);
  });

  it('returns a preview that marks a glossary term as the site does', () => {
    const html = committedChecks().previewHtml('Each community budget is planned together.');
    assert.match(html, /<dfn class="term" id="term-community-budget">/);
  });

  it('returns the number the site\'s contents give a section: its place in reading order, the landing page 1', () => {
    const checks = committedChecks();
    assert.equal(checks.contentsNumber('content/tri-borough-story/five-lessons.md', { title: 'Five lessons', order: 10 }), 11);
    assert.equal(checks.contentsNumber('content/tri-borough-story/index.md', { title: 'The Tri-borough story', order: 0 }), 1);
    assert.equal(checks.contentsNumber('content/tri-borough-story/new.md', { title: 'New', order: 11 }), 12);
    assert.equal(checks.contentsNumber('content/tri-borough-story/new.md', { title: 'New', order: 40 }), 12, 'a gap in the places is no gap in the numbers');
    assert.equal(checks.contentsNumber('content/tri-borough-story/new.md', { title: 'Aardvark', order: 1 }), 2, 'sharing a place, it comes first by title');
    assert.equal(checks.contentsNumber('content/accessibility.md', { order: 1 }), undefined);
  });
});
