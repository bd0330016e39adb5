/**
 * The layouts build pages with the html tag (lib/layouts/html.ts), which must escape as
 * a template language's autoescaping does: text from YAML and front matter never becomes markup.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html, raw } from '../../lib/layouts/html.ts';

describe('html', () => {
  it('returns every value put in escaped, in content and attributes', () => {
    const title = `Adults' <b>"care"</b> & health`;
    assert.equal(html`<a title="${title}">${title}</a>`.text, '<a title="Adults&#39; &lt;b&gt;&quot;care&quot;&lt;/b&gt; &amp; health">Adults&#39; &lt;b&gt;&quot;care&quot;&lt;/b&gt; &amp; health</a>');
  });

  it('returns markup from raw() and from other html parts as it is, and lists joined', () => {
    const items = ['a<', 'b'].map((item) => html`<li>${item}</li>`);
    assert.equal(html`<div>${raw('<p>x</p>')}<ul>${items}</ul></div>`.text, '<div><p>x</p><ul><li>a&lt;</li><li>b</li></ul></div>');
  });

  it('returns nothing for undefined, null and false, and numbers as text', () => {
    assert.equal(html`[${undefined}${null}${false}${0}${12.5}]`.text, '[012.5]');
  });
});
