/**
 * The page budget: every reading page at most 60 KB of HTML, the stylesheets at most 15 KB
 * together, and no JavaScript at all on the report's pages. The print edition (the whole
 * report on one page, the source of the PDF) has a budget of its own.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SITE_DIR, builtPages } from '../built-site.ts';

const KB = 1024;
const isPrintEdition = (url: string): boolean => url.endsWith('/print/');
const pages = builtPages().filter((page) => !page.url.startsWith('/admin/'));

describe('page budget', () => {
  it('has pages to measure', () => assert.ok(pages.length > 10));

  for (const page of pages) {
    const limit = isPrintEdition(page.url) ? 150 * KB : 60 * KB;
    it(`keeps ${page.url} within ${limit / KB} KB of HTML`, () => {
      assert.ok(statSync(page.file).size <= limit, `${page.url} is ${Math.round(statSync(page.file).size / KB)} KB`);
    });

    it(`loads no script on ${page.url}`, () => {
      assert.doesNotMatch(readFileSync(page.file, 'utf8'), /<script\b/i);
    });
  }

  it('keeps the stylesheets within 15 KB together', () => {
    const dir = path.join(SITE_DIR, 'assets');
    const css = readdirSync(dir).filter((name) => name.endsWith('.css'));
    const total = css.reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
    assert.ok(css.length > 0);
    assert.ok(total <= 15 * KB, `the CSS is ${Math.round(total / KB)} KB`);
  });
});
