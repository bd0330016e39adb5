/**
 * A report whose every editor-written string holds `& " ' < > $1 $&` (tests/fixtures/hostile-report/),
 * built by the real build: every page must be valid HTML with every such string escaped and every
 * id unique, with one chart twice on a page and a hand-written spec that clips. The expected
 * numbers, headlines and sources are worked out here from the fixture's YAML, not by lib/.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, type BuiltPage } from '../built-site.ts';
import { buildHostileReport } from '../fixtures/hostile-report.ts';
const SITE_TITLE = `Reports & "co" it's 1 < 2 > 0 $1 $&`;
// hostile.yaml: the first row's latest statement is "about 2.5" (its first was 1), the second is 4.
const TOTAL = 'about £6.5m';
const CHART_HEADLINE = `Chart & "title" it's $1 $& 1 < 2: ${TOTAL} in 2012/13 & $1`;
const OLD_SOURCE = 'The old & "first" source $1';
const NEW_SOURCE = 'The new & "second" source $&';

let dir = '';
let pages: BuiltPage[] = [];

before(async () => {
  const built = await buildHostileReport();
  dir = built.dir;
  assert.equal(built.code, 0, built.output);
  pages = builtPages(path.join(dir, '_site'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

const read = (url: string): string => readFileSync(path.join(dir, '_site', url, 'index.html'), 'utf8');
const dom = (html: string) => parseDocument(html, { decodeEntities: true });
const byClass = (html: string, name: string): Element[] =>
  DomUtils.findAll((node) => (node.attribs.class ?? '').split(' ').includes(name), dom(html).children);
const text = (node: Element): string => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();

describe('a report built from hostile content', () => {
  it('builds every page: the home, the site pages and the three hostile ones', () => {
    const urls = pages.map((page) => page.url);
    for (const url of ['/', '/404.html', '/figures/', '/hostile/', '/hostile/twice/', '/hostile/bars/', '/hostile/links/']) assert.ok(urls.includes(url), `${url} missing from ${urls.join(', ')}`);
  });

  it('gives every page valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    assert.ok(pages.length >= 7);
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      const errors = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      assert.deepEqual(errors, [], page.url);
    }
  });

  it('escapes every & and < that an editor wrote, on every page', () => {
    assert.ok(pages.length >= 7);
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      assert.doesNotMatch(html, /&(?!(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);)/i, `a bare & in ${page.url}`);
      assert.doesNotMatch(html, /1 < 2/, `an unescaped < in ${page.url}`);
    }
  });

  it('gives every element of a page its own id, and every reference an id that is there', () => {
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      assert.ok(ids.length > 0, page.url);
      assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [], `ids used twice in ${page.url}`);
      const references = [...html.matchAll(/\s(?:aria-labelledby|aria-describedby|for)="([^"]+)"|(?:href|clip-path)="(?:url\()?#([^")]+)\)?"/g)].flatMap((match) => (match[1] ?? match[2] ?? '').split(' '));
      for (const reference of references) assert.ok(ids.includes(reference), `${page.url} refers to #${reference}, which is not there`);
    }
  });

  it('draws one chart twice on a page with two sets of ids, each starting with its figure id', () => {
    const figures = byClass(read('hostile/twice'), 'chart');
    assert.deepEqual(figures.map((figure) => figure.attribs.id), ['chart-hostile', 'chart-hostile-2', 'chart-hostile-custom']);
    for (const figure of figures) {
      const inner = DomUtils.findAll((node) => node.attribs.id !== undefined, figure.children).map((node) => node.attribs.id ?? '');
      assert.ok(inner.length >= 3, `${figure.attribs.id} has ${inner.length} ids`);
      for (const id of inner) assert.ok(id.startsWith(`${figure.attribs.id}-`), `${id} inside ${figure.attribs.id}`);
    }
  });

  it('keeps the clipping of a hand-written spec inside its own figure', () => {
    const custom = byClass(read('hostile/twice'), 'chart').find((figure) => figure.attribs.id === 'chart-hostile-custom');
    assert.ok(custom);
    const clips = DomUtils.findAll((node) => node.name === 'clippath', custom.children);
    assert.ok(clips.length >= 1, 'the clipped bars need a clip path');
  });

  it('writes the page title, and the site title after it, as the editor wrote them', () => {
    const title = DomUtils.findOne((node) => node.name === 'title', dom(read('hostile/twice')).children);
    assert.ok(title);
    assert.equal(text(title), `Twice & "charted" it's $1 $& – ${SITE_TITLE}`);
  });

  it('headlines a table chart with its latest total, "about" included, and its period', () => {
    const headlines = byClass(read('hostile/twice'), 'chart-title').map(text);
    assert.deepEqual(headlines, [CHART_HEADLINE, CHART_HEADLINE, `Custom & "spec" it's $1 $&`]);
  });

  it('cites figures from their latest statement, or the one asked for', () => {
    const cited = byClass(read('hostile/twice'), 'figure').map(text);
    assert.deepEqual(cited.slice(0, 3), [TOTAL, 'about £2.5m', '£1m']);
  });

  it('makes no link of a script, data, vbscript or file address, and keeps markup-like text as text', () => {
    const links = DomUtils.findAll((node) => node.name === 'a', dom(read('hostile/links')).children).map((node) => node.attribs.href ?? '');
    assert.ok(links.length >= 2, links.join(', '));
    assert.deepEqual(links.filter((href) => /^\s*(javascript|vbscript|data|file):/i.test(href) || /&#|%6a/i.test(href)), []);
    assert.ok(links.includes('https://example.com/x') && links.includes('/'), links.join(', '));
    const text = DomUtils.textContent(dom(read('hostile/links')).children);
    assert.match(text, /<script>alert\(1\)<\/script>/, 'the escaped markup shows as text');
    assert.equal(DomUtils.findAll((node) => node.name === 'script' || node.name === 'b', dom(read('hostile/links')).children).length, 0);
  });

  it("lists each page's sources: its own, and those of the figures and charts it cites", () => {
    const sources = (url: string): string[] => {
      const list = byClass(read(url), 'sources')[0];
      assert.ok(list, `${url} has no Sources list`);
      return DomUtils.findAll((node) => node.name === 'cite', list.children).map(text);
    };
    assert.deepEqual(sources('hostile'), [OLD_SOURCE]);
    assert.deepEqual(sources('hostile/twice'), [OLD_SOURCE, NEW_SOURCE]);
    // The bars page cites no figure: the old source comes only from its chart.
    assert.deepEqual(sources('hostile/bars'), [OLD_SOURCE, NEW_SOURCE]);
  });
});
