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

const site = parse(readFileSync('_data/site.yaml', 'utf8')) as { url: string };

// The policies are pinned here, directive by directive, not compared with the project's own copy:
// a change that loosens one must fail a test someone has to read.
const PAGE_POLICY = {
  'default-src': "'self'",
  'script-src': "'none'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};
const PAGE_HEADER_POLICY = { ...PAGE_POLICY, 'frame-ancestors': "'none'" };
const ADMIN_HEADER_POLICY = {
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob: https://avatars.githubusercontent.com",
  'font-src': "'self' data:",
  'connect-src': "'self' http://127.0.0.1:* http://localhost:* https://api.github.com",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** A policy as its directives, each with its sources, so the order they are written in does not matter. */
function directives(policy: string | undefined): Record<string, string> {
  assert.ok(policy, 'no security policy found');
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name ?? '', sources.join(' ')]));
}

/** The headers of one path block of _headers (`/*` or `/admin/*`), by name, each as written. */
function headersOf(file: string, block: string): Map<string, string[]> {
  const lines = file.split('\n');
  const start = lines.indexOf(block);
  assert.ok(start >= 0, `_headers has no ${block} block`);
  const found = new Map<string, string[]>();
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    const [name, value] = [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()];
    found.set(name, [...(found.get(name) ?? []), value]);
  }
  return found;
}
const pages = builtPages().filter((page) => !page.url.startsWith('/admin/'));
const read = (file: string): string => readFileSync(path.join(SITE_DIR, file), 'utf8');
const attribute = (html: string, pattern: RegExp): string | undefined => pattern.exec(html)?.[1]?.replace(/&#39;/g, "'");

describe('page metadata', () => {
  for (const page of pages) {
    it(`gives ${page.url} a title, description, canonical URL, Open Graph tags and the security policy`, () => {
      const html = readFileSync(page.file, 'utf8');
      assert.match(html, /<title>[^<]{5,70}<\/title>/);
      assert.ok((attribute(html, /<meta name="description" content="([^"]+)"/) ?? '').length > 20);
      const canonical = `${site.url}${page.url}`;
      assert.equal(attribute(html, /<link rel="canonical" href="([^"]+)"/), canonical);
      assert.equal(attribute(html, /<meta property="og:url" content="([^"]+)"/), canonical);
      assert.ok(attribute(html, /<meta property="og:title" content="([^"]+)"/));
      assert.deepEqual(directives(attribute(html, /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)), PAGE_POLICY);
      assert.equal(html.match(/http-equiv=/gi)?.length, 1, 'one http-equiv meta: the policy, never a refresh');
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
  it('sends the security policy, no sniffing, no framing and the referrer policy in _headers for every page', () => {
    const headers = headersOf(read('_headers'), '/*');
    assert.deepEqual(headers.get('Content-Security-Policy')?.map(directives), [PAGE_HEADER_POLICY]);
    assert.deepEqual(headers.get('X-Content-Type-Options'), ['nosniff']);
    assert.deepEqual(headers.get('Referrer-Policy'), ['strict-origin-when-cross-origin']);
    assert.deepEqual(headers.get('Permissions-Policy'), ['camera=(), microphone=(), geolocation=()']);
  });

  it('gives the editing screens their own policy in _headers, detached from the pages', () => {
    const headers = headersOf(read('_headers'), '/admin/*');
    assert.deepEqual(headers.get('! Content-Security-Policy'), undefined, 'the ! line has no value');
    assert.match(read('_headers'), /\/admin\/\*\n  ! Content-Security-Policy\n/);
    assert.deepEqual(headers.get('Content-Security-Policy')?.map(directives), [ADMIN_HEADER_POLICY]);
    assert.deepEqual(headers.get('X-Robots-Tag'), ['noindex']);
  });

  it('gives the editing screens the same policy in their page, less framing (which <meta> cannot refuse)', () => {
    const { 'frame-ancestors': _framing, ...inPage } = ADMIN_HEADER_POLICY;
    assert.deepEqual(directives(attribute(read('admin/index.html'), /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)), inPage);
  });
});
