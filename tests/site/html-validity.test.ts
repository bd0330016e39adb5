/**
 * Every page of the built _site/ is valid HTML, by two checkers: html-validate (the recommended
 * rules, configured in .htmlvalidate.json) and the W3C Nu checker (which also catches duplicate
 * ids inside inline SVG). Each must also find the errors in a page made invalid on purpose, so
 * neither gate can pass by checking nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../built-site.ts';
import { runNuChecker } from './nu-checker.ts';

const pages = builtPages();
const INVALID_PAGE = 'tests/fixtures/invalid-page.html';
const htmlValidate = new HtmlValidate(new FileSystemConfigLoader());

/** html-validate's errors for a file, as `line:column rule: message`. */
async function htmlValidateErrors(file: string): Promise<string[]> {
  const report = await htmlValidate.validateFile(file);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('html-validate', () => {
  for (const page of pages) {
    it(`finds no error in ${page.url}`, async () => {
      assert.deepEqual(await htmlValidateErrors(page.file), []);
    });
  }

  it('reports the errors in a page invalid on purpose', async () => {
    const errors = await htmlValidateErrors(INVALID_PAGE);
    assert.ok(errors.some((error) => error.includes("close-order: Unclosed element '<span>'")), errors.join('\n'));
  });
});

describe('the W3C Nu checker', () => {
  it('finds no error in any page, run once over them all', async () => {
    const errors = await runNuChecker([...pages.map((page) => page.file), INVALID_PAGE]);
    const planted = errors.get(INVALID_PAGE) ?? [];
    assert.ok(planted.some((error) => error.includes('Duplicate ID “chart-title”')), `the checker missed a planted error:\n${planted.join('\n')}`);
    errors.delete(INVALID_PAGE);
    assert.deepEqual(Object.fromEntries(errors), {});
  });
});
