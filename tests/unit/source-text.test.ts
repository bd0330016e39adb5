/**
 * Files as editors' programs save them: Windows line endings, a byte order mark, an encoding
 * other than UTF-8, nothing at all. The build-level cases are in tests/fixtures/broken-inputs.ts
 * and tests/unit/accepted-inputs.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../lib/content/parse-front-matter.ts';
import { readPage } from '../../lib/content/read-page.ts';
import { encodingProblem, normaliseSource } from '../../lib/content/source-text.ts';
import type { Source } from '../../lib/figures/model.ts';
import { loadSources } from '../../lib/figures/load-sources.ts';
import { loadTable } from '../../lib/figures/load-table.ts';
import { parseYamlFile } from '../../lib/figures/yaml-file.ts';

const sources = new Map<string, Source>([['report-2017', { id: 'report-2017', title: 'Report', publisher: 'Council', date: '2017' }]]);
const PAGE = '---\ntitle: A page\norder: 0\nsummary: What it says.\nsource: report-2017\nupdated: "2017"\npublication: true\n---\nThe text.\n\nMore text.\n';
const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
/** Text as read from bytes that were not UTF-8: each byte that does not fit is U+FFFD. */
const latin1Read = (text: string): string => Buffer.from(text, 'latin1').toString('utf8');

describe('normaliseSource', () => {
  it('returns the text without a byte order mark, with \\n for \\r\\n and a lone \\r', () => {
    assert.equal(normaliseSource('\uFEFFa: 1\r\nb: 2\rc: 3\n'), 'a: 1\nb: 2\nc: 3\n');
  });

  it('returns text that has neither as it is', () => {
    const text = 'a: 1\n\uFEFF inside is kept\n';
    assert.equal(normaliseSource(text), text);
  });
});

describe('encodingProblem', () => {
  it('returns the line and column of the first character lost in reading, naming UTF-8 and the fix', () => {
    const problem = encodingProblem(latin1Read('title: Costs\nlabel: Caf\u00e9 (\u00a3m)\n'), 'f.yaml');
    assert.deepEqual({ line: problem?.line, col: problem?.col }, { line: 2, col: 11 });
    assert.match(problem?.message ?? '', /this file is not saved as UTF-8: .*Save the file as UTF-8/);
  });

  it('returns undefined for text read whole', () => {
    assert.equal(encodingProblem('label: Café (£m) – 2013’s\n', 'f.yaml'), undefined);
  });
});

describe('readPage', () => {
  it('returns the same data, body and lines for a page saved with \\r\\n or a byte order mark', () => {
    const lf = readPage(PAGE, 'content/p/index.md', sources);
    for (const saved of [crlf(PAGE), `\uFEFF${PAGE}`, `\uFEFF${crlf(PAGE)}`]) {
      const page = readPage(saved, 'content/p/index.md', sources);
      assert.deepEqual([page.data, page.body, page.bodyLine, page.problems], [lf.data, lf.body, lf.bodyLine, []]);
    }
    assert.equal(lf.data.publication, true);
  });

  it('returns one problem, at line 1, for an empty page or one of blank lines', () => {
    for (const text of ['', '\n\n  \n']) {
      const page = readPage(text, 'content/p/s.md', sources);
      assert.deepEqual(page.problems.map((p) => [p.line, p.col]), [[1, 1]]);
      assert.match(page.problems[0]?.message ?? '', /this page is empty/);
    }
  });

  it('returns the fix for a page with no front matter, or empty front matter', () => {
    assert.match(readPage('Just text.\n', 'content/p/s.md', sources).problems[0]?.message ?? '', /the front matter must open with a line of three dashes/);
    assert.match(readPage('---\n---\nText.\n', 'content/p/s.md', sources).problems[0]?.message ?? '', /"title" is missing: add title:/);
  });

  it('returns one problem, at its line, for a page not saved as UTF-8, and no body to check', () => {
    const page = readPage(latin1Read(PAGE.replace('More text.', 'It cost \u00a35m.')), 'content/p/s.md', sources);
    assert.deepEqual(page.problems.map((p) => p.line), [11]);
    assert.match(page.problems[0]?.message ?? '', /not saved as UTF-8/);
    assert.equal(page.body, '');
  });
});

describe('parseFrontMatter', () => {
  it('returns numbers written as plain decimals only, as readPage reads them', () => {
    assert.deepEqual(parseFrontMatter('order: 2\nsummary: 1e3\n'), { order: 2, summary: '1e3' });
    assert.match(readPage(PAGE.replace('order: 0', 'order: .inf'), 'content/p/index.md', sources).problems[0]?.message ?? '', /order must be .* — got "\.inf"/);
  });

  it('returns the data of front matter saved with \\r\\n as of the same with \\n (gray-matter leaves the last "\\r")', () => {
    assert.deepEqual(parseFrontMatter('\r\ntitle: A\r\npublication: true\r'), { title: 'A', publication: true });
  });
});

describe('parseYamlFile', () => {
  it('returns the same data for YAML saved with \\r\\n or a byte order mark, with the same lines', () => {
    const text = 'title: A\nnote: |\n  two\n  lines\nrows:\n  - 1\n';
    const lf = parseYamlFile(text, 'f.yaml').yaml;
    for (const saved of [crlf(text), `\uFEFF${crlf(text)}`]) {
      const yaml = parseYamlFile(saved, 'f.yaml').yaml;
      assert.deepEqual(yaml?.data, lf?.data);
      assert.deepEqual(yaml?.locate(['rows', 0]), lf?.locate(['rows', 0]));
    }
  });

  it('returns the encoding problem alone for YAML not saved as UTF-8', () => {
    const { yaml, problems } = parseYamlFile(latin1Read('title: A\nunit: \u00a3m\n'), 'f.yaml');
    assert.equal(yaml, undefined);
    assert.deepEqual(problems.map((p) => [p.line, p.col]), [[2, 7]]);
  });
});

describe('loadTable and loadSources', () => {
  it('return "this file is empty" with what the file must hold, for a file empty or of comments only', () => {
    for (const text of ['', '# Savings\n\n']) {
      assert.match(loadTable(text, 'f.yaml', 'f', sources).problems[0]?.message ?? '', /^this file is empty: it must hold a figure table: its title:, source: and rows:/);
    }
    assert.match(loadSources('', 's.yaml').problems[0]?.message ?? '', /^this file is empty: it must hold the list of sources/);
  });

  it('return what the file must hold for a list where a table belongs', () => {
    assert.match(loadTable('- title: A\n', 'f.yaml', 'f', sources).problems[0]?.message ?? '', /^this file must hold a figure table: .* — got a list/);
  });
});
