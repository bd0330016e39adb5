/**
 * The glossary: its file checked at its lines, words found whatever their case or hyphens and
 * longest first, and the first use of each term on a page marked as its definition, with its
 * meaning, only in the page's own sentences.
 */
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { describe, it } from 'node:test';
import { loadGlossary, type Glossary } from '../../lib/glossary/load-glossary.ts';
import { markdownTerms } from '../../lib/glossary/markdown-terms.ts';
import { wordsPattern } from '../../lib/glossary/term-pattern.ts';

const GLOSSARY = `terms:
  - id: community-budget
    term: community budget
    forms: [community budgets]
    definition: Money from local services planned together.
  - id: whole-place
    term: Whole-Place Community Budget
    definition: A national pilot of community budgets.
watch:
  - HRA
`;

function glossary(text = GLOSSARY): Glossary {
  const { glossary: loaded, problems } = loadGlossary(text, 'glossary.yaml');
  assert.deepEqual(problems, []);
  return loaded as Glossary;
}

function render(markdown: string): string {
  const md = new MarkdownIt({ html: true });
  const terms = glossary();
  md.use(markdownTerms, () => terms);
  return md.render(markdown);
}

describe('loadGlossary', () => {
  it('returns the terms in alphabetical order, each with its term among its forms', () => {
    const { terms } = glossary();
    assert.deepEqual(terms.map((term) => [term.id, term.forms]), [
      ['community-budget', ['community budget', 'community budgets']],
      ['whole-place', ['Whole-Place Community Budget']],
    ]);
  });

  it('returns a misspelt field, a form given twice and a watched word a term explains, each at its line', () => {
    const cases: [string, string, RegExp, number][] = [
      ['    definition: A national', '    definiton: A national', /unknown field "definiton": did you mean "definition"\?/, 8],
      ['    definition: A national', '    forms: [community budgets]\n    definition: A national', /"community budgets" is also a form of the term "community-budget"/, 6],
      ['  - HRA', '  - community budget', /"community budget" is watched, but a term already explains it/, 10],
    ];
    for (const [find, replace, message, line] of cases) {
      const { glossary: loaded, problems } = loadGlossary(GLOSSARY.replace(find, replace), 'glossary.yaml');
      assert.equal(loaded, undefined);
      const problem = problems.find((p) => message.test(p.message));
      assert.ok(problem, JSON.stringify(problems));
      assert.equal(problem.line, line, problem.message);
    }
  });
});

describe('wordsPattern', () => {
  it('returns matches in any case, with a space or hyphen between words, longest first, whole words only', () => {
    const pattern = wordsPattern(['community budget', 'Whole-Place Community Budget']) as RegExp;
    const found = (text: string) => [...text.matchAll(pattern)].map((match) => match[0]);
    assert.deepEqual(found('Our Whole-place community budget pilot and a Community-Budget.'), ['Whole-place community budget', 'Community-Budget']);
    assert.deepEqual(found('community budgeting, precommunity budget'), []);
  });
});

describe('markdownTerms', () => {
  it('returns the first use on the page as a definition linked to the glossary, described by its meaning in the same paragraph', () => {
    const html = render('Our community budgets work.\n\nA second community budget.\n');
    assert.equal(html.match(/<dfn/g)?.length, 1);
    assert.match(html, /^<p>Our <dfn class="term" id="term-community-budget"><a href="\/glossary\/#community-budget" aria-describedby="meaning-community-budget">community budgets<\/a><\/dfn> work\.<span class="term-meaning" id="meaning-community-budget">community budget: Money from local services planned together\.<\/span><\/p>/);
    assert.match(html, /<p>A second community budget\.<\/p>/);
  });

  it('returns headings, quotations and links as they are, marking the first use in a sentence after them', () => {
    const html = render('## Community budgets\n\n> A community budget, quoted.\n\n[community budget](/x/)\n\n- a list item on the community budget\n');
    assert.doesNotMatch(html, /<h2>[^<]*<dfn|<blockquote>\s*<p>[^<]*<dfn|<a href="\/x\/"><dfn/);
    assert.match(html, /<li>a list item on the <dfn class="term" id="term-community-budget">/);
  });

  it('returns the longer term where one contains another, and each term once', () => {
    const html = render('Our Whole-Place Community Budget pilot, a community budget.\n');
    assert.deepEqual([...html.matchAll(/id="term-([^"]+)"/g)].map((match) => match[1]), ['whole-place', 'community-budget']);
  });
});
