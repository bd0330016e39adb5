/**
 * Tables written in Markdown come out as the report's tables: wrapped to scroll on their own,
 * with column headings scoped, and alignment as classes, never as the style attributes the
 * pages' Content Security Policy refuses.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdown } from '../../lib/content/markdown.ts';

const TABLE = '| Borough | Libraries | Note |\n| :-- | --: | :-: |\n| Westminster | 12 | a |\n| Kensington | 3 | b |\n';

describe('a Markdown table', () => {
  const html = createMarkdown().render(`Before.\n\n${TABLE}\nAfter.\n`);

  it('has no style attribute, its alignment given by classes instead', () => {
    assert.doesNotMatch(html, /style=/);
    assert.match(html, /<th class="num" scope="col">Libraries<\/th>/);
    assert.match(html, /<td class="num">12<\/td>/);
    assert.match(html, /<th class="align-center" scope="col">Note<\/th>/);
    assert.match(html, /<th scope="col">Borough<\/th>/);
  });

  it('sits in a wrapper that scrolls on its own, with the figure tables\' look, the text around it untouched', () => {
    assert.match(html, /<p>Before.<\/p>\n<div class="table-wrap"><table class="figure-table">\n<thead>[\s\S]*<\/table>\n<\/div>\n<p>After.<\/p>/);
  });

  it('scopes only the headings of its head row, not its body cells', () => {
    assert.equal(html.match(/scope="col"/g)?.length, 3);
    assert.doesNotMatch(html, /<td[^>]*scope/);
  });
});
