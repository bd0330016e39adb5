/**
 * Every page of the built _site/ is valid HTML, by two checkers: html-validate (the recommended
 * rules, configured in .htmlvalidate.json) and the W3C Nu checker (which also catches duplicate
 * ids inside inline SVG). Each must also find the errors in a page made invalid on purpose, so
 * neither gate can pass by checking nothing, and each must catch there an error the other
 * misses, which is why the project keeps both (vnu-jar needs Java; html-validate does not).
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

describe('the two checkers together', () => {
  it('each finds an error in the page invalid on purpose that the other misses', async () => {
    const validate = await htmlValidateErrors(INVALID_PAGE);
    const nu = (await runNuChecker([INVALID_PAGE])).get(INVALID_PAGE) ?? [];
    const both = `html-validate:\n${validate.join('\n')}\nNu:\n${nu.join('\n')}`;
    // A link with no text (line 9): html-validate's WCAG rule H30; valid HTML to the Nu checker.
    assert.ok(validate.some((error) => error.startsWith('9:') && error.includes('wcag/h30')), both);
    assert.ok(!nu.some((error) => error.startsWith('9:')), both);
    // The id used again inside the SVG (line 8): the Nu checker sees it; html-validate does not.
    assert.ok(nu.some((error) => error.startsWith('8:') && error.includes('Duplicate ID “chart-title”')), both);
    assert.ok(!validate.some((error) => error.startsWith('8:') || error.includes('no-dup-id')), both);
  });
});
