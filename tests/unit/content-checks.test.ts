/**
 * The checks on a page's headings, images and block shortcodes, on Markdown written here: what they let through
 * as well as what they refuse. The build-level cases are in tests/fixtures/broken-inputs.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { findHeadingProblems } from '../../lib/check/find-heading-problems.ts';
import { findImageProblems } from '../../lib/check/find-image-problems.ts';
import { findInlineBlocks } from '../../lib/check/find-inline-blocks.ts';
import { findRawHtml } from '../../lib/content/find-raw-html.ts';
import { markdownTokens } from '../../lib/content/markdown-tokens.ts';

const FILE = 'content/p/s.md';
const headingProblems = (markdown: string) => findHeadingProblems(markdownTokens(markdown), FILE, 10).map(({ line, message }) => ({ line, message }));

describe('findHeadingProblems', () => {
  it('lets headings through that go down one level at a time and back up any number', () => {
    assert.deepEqual(headingProblems('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n'), []);
  });

  it('refuses a second page title, at its file line', () => {
    assert.deepEqual(headingProblems('Intro.\n\n# Again\n'), [{ line: 12, message: '"# Again" is a second page title: the title comes from the front matter, so headings in the text start at two marks: write ## Again' }]);
  });

  it('refuses a skipped level, saying the level to use', () => {
    const problems = headingProblems('## A\n\n#### B\n\n### C\n\n##### D\n');
    assert.deepEqual(problems.map((p) => p.line), [12, 16]);
    assert.match(problems[0]?.message ?? '', /after a ## heading, write ### B/);
    assert.match(problems[1]?.message ?? '', /after a ### heading, write #### D/);
  });

  it('refuses a first heading below ##, since the page title is the level above it', () => {
    assert.match(headingProblems('### Too deep\n')[0]?.message ?? '', /after a # heading, write ## Too deep/);
  });
});

describe('findImageProblems', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'report-images-'));
  mkdirSync(path.join(root, 'assets/images'), { recursive: true });
  writeFileSync(path.join(root, 'assets/images/town hall.png'), 'png');
  writeFileSync(path.join(root, 'outside.png'), 'png');
  after(() => rmSync(root, { recursive: true, force: true }));
  const imageProblems = (markdown: string) => findImageProblems(markdownTokens(markdown), FILE, 1, root).map((p) => p.message);

  it('lets through an image in assets/images/ with a description, its address encoded or not', () => {
    assert.deepEqual(imageProblems('![The town hall](/assets/images/town%20hall.png)\n\n![The town hall](</assets/images/town hall.png>)\n'), []);
  });

  it('refuses an image with no description, or only spaces', () => {
    assert.equal(imageProblems('![](/assets/images/town%20hall.png) and ![  ](/assets/images/town%20hall.png)').length, 2);
  });

  it('refuses an image from another site, and one outside assets/images/ or missing', () => {
    const problems = imageProblems('![A](https://example.com/a.png)\n\n![B](//example.com/b.png)\n\n![C](/assets/images/none.png)\n\n![D](../d.png)\n\n![E](/assets/images/../../outside.png)\n\n![F](/assets/images/100%.png)\n');
    assert.equal(problems.length, 6);
    assert.match(problems[0] ?? '', /is on another site/);
    assert.match(problems[1] ?? '', /is on another site/);
    for (const problem of problems.slice(2)) assert.match(problem, /is not in assets\/images\//);
  });

  it('refuses an image written as a data: address, once, at its line, whether markdown-it made it an image (PNG) or left it text (SVG)', () => {
    const markdown = 'Intro.\n\n![A chart](data:image/png;base64,iVBORw0KGgo=)\n\nText\n![A drawing](data:image/svg+xml;base64,PHN2Zz4=)\n\n| a |\n| - |\n| ![In a cell](data:image/gif;base64,R0lGOD==) |\n';
    const problems = findImageProblems(markdownTokens(markdown), FILE, 10, root);
    assert.deepEqual(problems.map((p) => p.line), [12, 15, 19]);
    for (const { message } of problems) assert.match(message, /written into the page itself, as a data: address.*save the image as a file in assets\/images\//);
  });

  it('lets through a data: image shown as an example in a code span', () => {
    assert.deepEqual(imageProblems('Do not write `![A chart](data:image/png;base64,iVBORw0KGgo=)`: save the file.\n'), []);
  });
});

describe('findRawHtml', () => {
  const htmlLines = (markdown: string) => findRawHtml(markdownTokens(markdown), FILE, 10).map((p) => p.line);

  it('refuses HTML in a table cell at the line of its row, not the first of the table', () => {
    assert.deepEqual(htmlLines('Intro.\n\n| a | b |\n| - | - |\n| x | y |\n| <b>z</b> | w |\n'), [15, 15]);
  });

  it('refuses HTML further down a paragraph at its own line', () => {
    assert.deepEqual(htmlLines('One line,\nanother,\nand <i>a third</i>.\n'), [12, 12]);
    assert.deepEqual(htmlLines('A <span\nclass="x">tag over two lines</span> then\n<b>more</b>\n'), [10, 11, 12, 12]);
    assert.deepEqual(htmlLines('![A picture described\nover two lines](/a.png) and\n<b>more</b>\n'), [12, 12]);
  });
});

describe('findInlineBlocks', () => {
  const lines = (markdown: string) => findInlineBlocks(markdown, FILE, 5).map((problem) => problem.line);

  it('lets through tables and charts alone on their lines between blank lines, and figures inside sentences', () => {
    assert.deepEqual(lines('{% figureTable "savings" %}\n\nIt came to {% figure "savings.total" %}.\n\n  {% chart \'savings\' %}  \n'), []);
  });

  it('refuses a table or chart inside a sentence, or touching the text above or below, at its file line', () => {
    assert.deepEqual(lines('See {% chart "savings" %}.\n\nText\n{% figureTable "savings" %}\n\n{% chart "savings" %}\nText\n'), [5, 8, 10]);
  });

  it('refuses one indented as code, which would show as its own text', () => {
    assert.deepEqual(lines('Text.\n\n    {% chart "savings" %}\n'), [7]);
  });
});
