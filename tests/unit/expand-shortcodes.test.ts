/**
 * Markdown pages' shortcodes are expanded without a template engine (lib/content/expand-shortcodes.ts):
 * as Liquid did, with either quotes, trimming dashes, and everything else left as it is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandShortcodes } from '../../lib/content/expand-shortcodes.ts';
import { figure } from '../../lib/shortcodes/figure.ts';

const context = { page: { inputPath: './content/tri-borough-story/the-story.md', url: '/tri-borough-story/the-story/' } };
const total = figure.call(context, 'savings.total');

describe('expandShortcodes', () => {
  it('returns each shortcode replaced by its HTML, with either quotes, and the text around it unchanged', async () => {
    const page = `Saved {% figure "savings.total" %} in all; {%figure 'savings.total'%}.\n`;
    assert.equal(await expandShortcodes(page, context), `Saved ${total} in all; ${total}.\n`);
  });

  it('returns the whitespace before a {%- and after a -%} removed, as Liquid does', async () => {
    assert.equal(await expandShortcodes('Saved \n {%- figure "savings.total" -%} \n.', context), `Saved${total}.`);
  });

  it('returns a page with no shortcodes as it is, code spans and braces included', async () => {
    const page = 'Braces { and } and `% }` stay.\n';
    assert.equal(await expandShortcodes(page, context), page);
  });

  it('returns a table and a chart as their HTML, and an unknown figure as a problem at the call', async () => {
    const html = await expandShortcodes('{% figureTable "savings" %}\n\n{% chart "savings" %}\n', context);
    assert.match(html, /^<section class="table-wrap"[\s\S]*<table[\s\S]*<figure class="chart"[\s\S]*<svg/);
    assert.doesNotMatch(html, /\{%/);
    await assert.rejects(expandShortcodes('See {% figure "savings.nothing" %}.', context), /savings\.nothing/);
  });
});
