/**
 * Every internal link and anchor of the built _site/ resolves, as a static host serves it:
 * hrefs, stylesheets, images, downloads and #fragments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtPages } from '../built-site.ts';
import { expectedPages } from '../e2e/site-map.ts';
import { findBrokenLinks } from './find-broken-links.ts';

describe('builtPages', () => {
  it('returns every page of content/, the home page, the figures page and the 404 page', () => {
    const urls = builtPages().map((page) => page.url);
    for (const url of ['/', '/figures/', '/404.html', ...expectedPages().map((page) => page.url)]) {
      assert.ok(urls.includes(url), `${url} is missing from the built site`);
    }
  });
});

describe('findBrokenLinks', () => {
  it('returns no broken link or anchor in the built site', () => {
    const { checked, broken } = findBrokenLinks('_site');
    assert.deepEqual(broken, []);
    assert.ok(checked > builtPages().length, `only ${checked} links checked`);
  });

  it('returns each missing file, page and anchor in a site broken on purpose', () => {
    const { broken } = findBrokenLinks('tests/fixtures/broken-site');
    assert.deepEqual(broken, [
      '/: <link href="/missing.css">: no file at /missing.css',
      '/: <a href="/missing/">: no file at /missing/',
      '/: <a href="/page/#nowhere">: no element with id "nowhere" in /page/',
      '/: <a href="#nothing-here">: no element with id "nothing-here" in /',
      '/: <rect fill="url(#no-gradient)">: no element with id "no-gradient" in /',
    ]);
  });
});
