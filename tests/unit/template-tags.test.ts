/**
 * The checks find every template tag a page may not use (lib/content/find-template-tags.ts), at
 * its line and column, so Eleventy never meets one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTemplateTags } from '../../lib/content/find-template-tags.ts';

const find = (body: string) => findTemplateTags(body, 'page.md', 10);

describe('findTemplateTags', () => {
  it('returns nothing for the shortcodes written as documented, with either quotes and trimming dashes', () => {
    assert.deepEqual(find('Saved {% figure "savings.total" %} in all.\n\n{% figureTable \'savings\' %}\n{%- chart "savings" -%}\n'), []);
  });

  it('returns a misspelt tag at its line and column, with the tag it may mean', () => {
    const [problem, ...rest] = find('First line.\nSee {% figurTable "savings" %}.\n');
    assert.equal(rest.length, 0);
    assert.deepEqual({ line: problem?.line, col: problem?.col }, { line: 11, col: 5 });
    assert.match(problem?.message ?? '', /a \{% %\} tag cannot be read \("figurTable" is not a tag pages can use: did you mean "figureTable"\?\)/);
  });

  it('returns a tag with no closing %}, even when another tag follows it', () => {
    const problems = find('{% figure "savings.total" \nand {% figure "savings.libraries" %}\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 10);
    assert.match(problems[0]?.message ?? '', /it has no closing %\}/);
  });

  it('returns a shortcode without its id in quotes, or with more than one argument', () => {
    assert.match(find('{% figure savings.total %}')[0]?.message ?? '', /figure takes one id in quotes, like \{% figure "savings\.total" %\}/);
    assert.match(find('{% chart "savings" "extra" %}')[0]?.message ?? '', /chart takes one id in quotes/);
  });

  it('returns other template syntax: a {{ }} output, a {# #} comment and a tag such as if', () => {
    const problems = find('Hello {{ title }}.\n{% if x %}y{% endif %}\n{# a note #}\n');
    assert.equal(problems.length, 4);
    assert.match(problems.map((problem) => problem.message).join('\n'), /\{# #\} comments cannot be used in a page/);
    assert.match(problems.map((problem) => problem.message).join('\n'), /\{\{ \}\} cannot be used in a page/);
    assert.match(problems.map((problem) => problem.message).join('\n'), /"if" is not a tag pages can use/);
  });
});
