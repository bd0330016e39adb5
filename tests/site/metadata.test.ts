/**
 * What search engines, social sites and hosts read: a title and description on every page,
 * canonical and Open Graph addresses from the one site URL, the security policy, the sitemap,
 * robots.txt, the 404 page and the _headers file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { SITE_DIR, builtPages } from '../built-site.ts';

const site = parse(readFileSync('_data/site.yaml', 'utf8')) as { url: string; securityPolicy: string };
const pages = builtPages().filter((page) => !page.url.startsWith('/admin/'));
const read = (file: string): string => readFileSync(path.join(SITE_DIR, file), 'utf8');
const attribute = (html: string, pattern: RegExp): string | undefined => pattern.exec(html)?.[1]?.replace(/&#39;/g, "'");

describe('page metadata', () => {
  for (const page of pages) {
    it(`gives ${page.url} a title, description, canonical URL, Open Graph tags and the security policy`, () => {
      const html = readFileSync(page.file, 'utf8');
      assert.match(html, /<title>[^<]{5,70}<\/title>/);
      assert.ok((attribute(html, /<meta name="description" content="([^"]+)"/) ?? '').length > 20);
      const canonical = page.url === '/404.html' ? undefined : `${site.url}${page.url}`;
      if (canonical) assert.equal(attribute(html, /<link rel="canonical" href="([^"]+)"/), canonical);
      if (canonical) assert.equal(attribute(html, /<meta property="og:url" content="([^"]+)"/), canonical);
      assert.ok(attribute(html, /<meta property="og:title" content="([^"]+)"/));
      assert.equal(attribute(html, /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/), site.securityPolicy);
      assert.doesNotMatch(site.securityPolicy, /unsafe-inline|unsafe-eval/);
      assert.equal(attribute(html, /<meta name="referrer" content="([^"]+)"/), 'strict-origin-when-cross-origin');
    });
  }
});

describe('site files', () => {
  it('lists every page but the 404 and print editions in sitemap.xml', () => {
    const listed = new Set([...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
    for (const page of pages.filter((p) => p.url !== '/404.html' && !p.url.endsWith('/print/'))) assert.ok(listed.has(`${site.url}${page.url}`), `${page.url} is not in the sitemap`);
  });

  it('points robots.txt at the sitemap', () => assert.match(read('robots.txt'), new RegExp(`Sitemap: ${site.url}/sitemap.xml`)));
  it('has a 404 page that leads back to the reports', () => assert.match(read('404.html'), /<h1>Page not found<\/h1>[\s\S]*href="\/"/));
  it('sends the security policy and referrer policy in _headers', () => {
    const headers = read('_headers');
    assert.ok(headers.includes(`Content-Security-Policy: ${site.securityPolicy}`));
    assert.match(headers, /Referrer-Policy: strict-origin-when-cross-origin/);
  });
});
