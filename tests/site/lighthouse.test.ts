/**
 * Lighthouse scores 1.00 for accessibility, best practices and SEO on the report's pages with
 * charts, tables and prose, on a phone profile; and of its performance audits, the ones that do
 * not depend on the machine's speed pass: no render-blocking request but the site's own small
 * stylesheets, the page's bytes and DOM within budget (those three audits run without the rest of
 * the performance category). The performance score itself is timed, so it is a benchmark: `npm
 * run bench` reports it. Runs Lighthouse against the built site served on 127.0.0.1, in Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStaticServer, type StaticServer } from '../../lib/build/static-server.ts';
import { SITE_DIR } from '../built-site.ts';
import { LIGHTHOUSE_PAGES, auditsBelowOne, openLighthouse, type LighthouseResult, type LighthouseSession } from '../lighthouse.ts';

/** Categories whose audits check what the page is, not how fast this machine loads it. */
const SCORED = ['accessibility', 'best-practices', 'seo'];
const KB = 1024;
/** Everything a page downloads (HTML, CSS, images), as Lighthouse counts it (total-byte-weight). */
const PAGE_BYTES = 200 * KB;
/** The stylesheets a page waits for before it shows anything, as sent (budget.test.ts: 15 KB unpacked). */
const BLOCKING_CSS_BYTES = 15 * KB;
/** Lighthouse warns from 800 elements on a page (dom-size). */
const DOM_ELEMENTS = 800;
/** The performance audits read here: requests, bytes and elements, none of them timed. */
const UNTIMED_AUDITS = ['render-blocking-resources', 'total-byte-weight', 'dom-size'];

let server: StaticServer | undefined;
let lighthouse: LighthouseSession | undefined;
before(async () => {
  server = await startStaticServer(SITE_DIR);
  lighthouse = await openLighthouse();
});
after(async () => {
  await lighthouse?.close();
  await server?.close();
});

/** One request of the render-blocking-resources audit. */
interface BlockingRequest {
  url: string;
  totalBytes: number;
}

function audit(result: LighthouseResult, id: string) {
  const found = result.audits[id];
  assert.ok(found, `Lighthouse ran no "${id}" audit`);
  return found;
}

describe('Lighthouse', { concurrency: 1 }, () => {
  for (const page of LIGHTHOUSE_PAGES) {
    it(`scores 1.00 for accessibility, best practices and SEO, blocked by nothing but its own stylesheets, and within its byte budget, on ${page}`, async () => {
      assert.ok(lighthouse && server, 'Lighthouse did not start');
      const result = await lighthouse.audit(`${server.url.replace(/\/$/, '')}${page}`, SCORED, UNTIMED_AUDITS);
      for (const category of SCORED) {
        assert.equal(result.categories[category]?.score, 1, `${category} is ${result.categories[category]?.score}; audits below 1: ${auditsBelowOne(result).join('; ')}`);
      }
      // The list of requests, not the score, which weighs the milliseconds they would cost here.
      // A stylesheet always blocks rendering: only the site's own, small ones may.
      const blocking = (audit(result, 'render-blocking-resources').details?.items ?? []) as BlockingRequest[];
      assert.ok(blocking.length > 0, 'Lighthouse lists no render-blocking request, not even the stylesheets: it saw no page');
      const others = blocking.filter((item) => !item.url.startsWith(server?.url ?? '-') || !item.url.endsWith('.css'));
      assert.deepEqual(others, [], 'render-blocking requests other than the site\'s stylesheets');
      const cssBytes = blocking.reduce((sum, item) => sum + item.totalBytes, 0);
      assert.ok(cssBytes <= BLOCKING_CSS_BYTES, `${page} waits for ${cssBytes} bytes of stylesheets`);
      assert.ok((audit(result, 'total-byte-weight').numericValue ?? Infinity) <= PAGE_BYTES, `${page} downloads ${audit(result, 'total-byte-weight').numericValue} bytes`);
      assert.ok((audit(result, 'dom-size').numericValue ?? Infinity) <= DOM_ELEMENTS, `${page} has ${audit(result, 'dom-size').numericValue} elements`);
    });
  }
});
