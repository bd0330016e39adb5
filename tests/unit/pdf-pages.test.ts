import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { builtPathPrefix, builtPublicBase } from '../../lib/pdf/built-path-prefix.ts';
import { contentsPages, firstPageHolding } from '../../lib/pdf/contents-pages.ts';
import { partPages } from '../../lib/pdf/outline-pages.ts';
import { publicBaseOf, publicHref } from '../../lib/pdf/public-href.ts';

describe('publicHref', () => {
  it('returns the published address of a link to the printing server, prefix and all', () => {
    assert.equal(publicHref('http://127.0.0.1:4000/report/data/a.csv', 'http://127.0.0.1:4000/report/', 'https://x.gov.uk/report/'), 'https://x.gov.uk/report/data/a.csv');
  });
  it('returns any other link as it is', () => {
    assert.equal(publicHref('https://www.gov.uk/', 'http://127.0.0.1:4000/', 'https://x.gov.uk/'), 'https://www.gov.uk/');
  });
});

describe('publicBaseOf', () => {
  it('returns the site url and the path prefix with one slash between and one at the end', () => {
    assert.equal(publicBaseOf('https://x.gov.uk', '/report/'), 'https://x.gov.uk/report/');
    assert.equal(publicBaseOf('https://x.gov.uk/', 'report'), 'https://x.gov.uk/report/');
    assert.equal(publicBaseOf('https://x.gov.uk', '/'), 'https://x.gov.uk/');
    assert.equal(publicBaseOf('https://x.gov.uk'), 'https://x.gov.uk/');
  });
  it('returns an address that ends in the prefix already without a second one', () => {
    assert.equal(publicBaseOf('https://owner.github.io/report', '/report/'), 'https://owner.github.io/report/');
    assert.equal(publicBaseOf('https://owner.github.io/reports', '/report/'), 'https://owner.github.io/reports/report/');
  });
});

describe('contentsPages', () => {
  const pages = ['Cover Contents 1. Intro 2. Two years on 3. Next steps Intro Some text', 'Two years on The next steps we took', 'Two years on continued', 'Next steps Last part Page 4 of 4'];
  it('returns the page each title starts, after the given page, and the first page holding it otherwise', () => {
    assert.deepEqual(contentsPages(pages, ['Intro', 'Two years on', 'Next steps'], 1), [1, 2, 4]);
  });
  it('returns the pages of titles whose line broke differently in the PDF', () => {
    assert.deepEqual(contentsPages(['a', 'Twoyears\non'], ['Two years on']), [2]);
  });
  it('returns undefined for a title the PDF does not hold', () => {
    assert.deepEqual(contentsPages(pages, ['Missing']), [undefined]);
  });
});

describe('firstPageHolding', () => {
  it('returns the first page holding the text, or undefined', () => {
    assert.equal(firstPageHolding(['a b', 'c d', 'c d'], 'c  d'), 2);
    assert.equal(firstPageHolding(['a'], 'z'), undefined);
  });
});

describe('partPages', () => {
  const outline = [
    { title: 'Community budgets: an update', page: 1 },
    { title: 'Contents', page: 1 },
    { title: 'Community budgets: anupdate', page: 2 },
    { title: 'Achievements', page: 3 },
    { title: 'Next steps', page: 3 },
    { title: 'Next steps', page: 5 },
  ];
  it('returns the page of each part from the entries after the contents, in order, spaces aside', () => {
    assert.deepEqual(partPages(outline, ['Community budgets: an update', 'Achievements', 'Next steps']), [2, 3, 3]);
  });
  it('returns undefined for a part the outline lacks', () => {
    assert.deepEqual(partPages(outline, ['Missing']), [undefined]);
  });
});

describe('builtPathPrefix', () => {
  it('returns the prefix the home page links its stylesheet under, or undefined without a site', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prefix-'));
    try {
      assert.equal(builtPathPrefix(dir), undefined);
      writeFileSync(path.join(dir, 'index.html'), '<link rel="stylesheet" href="/report/assets/report.css">');
      assert.equal(builtPathPrefix(dir), '/report/');
      writeFileSync(path.join(dir, 'index.html'), '<link rel="stylesheet" href="/assets/report.css">');
      assert.equal(builtPathPrefix(dir), '/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('builtPublicBase', () => {
  it("returns the home page's canonical address with the prefix, once", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'public-'));
    try {
      assert.equal(builtPublicBase(dir), undefined);
      writeFileSync(path.join(dir, 'index.html'), '<link rel="canonical" href="https://r.gov.uk/">');
      assert.equal(builtPublicBase(dir, '/report/'), 'https://r.gov.uk/report/');
      assert.equal(builtPublicBase(dir), 'https://r.gov.uk/');
      writeFileSync(path.join(dir, 'index.html'), '<link rel="canonical" href="https://r.gov.uk/report/">');
      assert.equal(builtPublicBase(dir, '/report/'), 'https://r.gov.uk/report/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
