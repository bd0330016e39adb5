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
}

/** The committed bundle, run as the browser runs it: a script defining the global reportChecks. */
function committedChecks(): ReportChecks {
  const context = vm.createContext({});
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

  it('returns a preview with figures formatted and tables drawn', () => {
    const html = committedChecks().previewHtml('## Savings\n\nWe saved {% figure "savings.total" %}.\n\n{% figureTable "savings" %}');
    assert.match(html, /<data class="figure">£9\.92m<\/data>/);
    assert.match(html, /<table class="figure-table"/);
  });
});
