/**
 * Wording hints (`npm run check`): an editor can acknowledge one in place with alex's
 * `<!--alex ignore rule-->`, the only HTML the checks accept, which is never published; no hint
 * suggests an insult; and the check of the real report is quiet.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { inclusiveLanguageHints } from '../../lib/check/inclusive-language.ts';
import { findRawHtml } from '../../lib/content/find-raw-html.ts';
import { createMarkdown } from '../../lib/content/markdown.ts';
import { markdownTokens } from '../../lib/content/markdown-tokens.ts';
import { build, compiledTask, copyProject, edit } from '../fixtures/project-copy.ts';

const HEALTH = 'Some cases are hard where long-term mental illness is involved.\n';
const problemsIn = (body: string): string[] => findRawHtml(markdownTokens(body), 'content/a/b.md', 5).map((problem) => problem.message);

describe('inclusiveLanguageHints', () => {
  it('returns no suggestion that insults people with a mental illness, and says how to keep the wording', () => {
    const [hint, ...more] = inclusiveLanguageHints(HEALTH, 'content/a/b.md').map((problem) => problem.message);
    assert.equal(more.length, 0);
    assert.match(hint ?? '', /^hint: "mental" may be insensitive, consider "person with symptoms of mental illness", .*"person with a mental disorder" instead; to keep it, write <!--alex ignore nuts--> on a line of its own above the paragraph$/);
    for (const insult of ['rude', 'malicious', 'mean', 'disgusting', 'incredible', 'vile']) assert.doesNotMatch(hint ?? '', new RegExp(`"${insult}"`));
  });

  it('returns no hint for wording acknowledged above its paragraph, and still hints elsewhere', () => {
    assert.deepEqual(inclusiveLanguageHints(`<!--alex ignore nuts-->\n${HEALTH}`, 'content/a/b.md'), []);
    const text = '<!--alex ignore just-->\n\n> I just hope it helped.\n\nWe just did it.\n';
    assert.deepEqual(inclusiveLanguageHints(text, 'content/a/b.md').map((problem) => problem.line), [5]);
  });
});

describe('findRawHtml', () => {
  it('returns no problem for exactly <!--alex ignore rule--> on a line of its own', () => {
    assert.deepEqual(problemsIn('<!--alex ignore just-->\n\nText.\n'), []);
    assert.deepEqual(problemsIn('Text.\n<!--alex ignore just nuts-->\nMore.\n'), []);
  });

  it('returns a problem for any other comment or HTML, or that comment with more beside it', () => {
    for (const body of ['<!-- a note -->\n', '<!--alex ignore just--><script>x()</script>\n', 'Text <!--alex ignore just--> more.\n', '<!--alex ignore <b>-->\n', '<!--alex disable just-->\n']) {
      assert.equal(problemsIn(body).length, 1, body);
    }
  });
});

describe('createMarkdown', () => {
  it('returns the page without the acknowledgement', () => {
    assert.equal(createMarkdown().render('<!--alex ignore just-->\n\n> I just hope.\n'), '<blockquote>\n<p>I just hope.</p>\n</blockquote>\n');
  });
});

describe('the report', () => {
  const dir = copyProject();
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a page with an acknowledged hint, publishing no trace of it, and prints no Benchmark line', async () => {
    const file = 'content/tri-borough-story/two-years-on.md';
    edit(dir, file, 'In the last two years we have kept our plans moving.', '<!--alex ignore just-->\nIn the last two years we have just kept our plans moving.');
    const result = await build(dir);
    assert.equal(result.code, 0, result.output);
    assert.doesNotMatch(result.output, /Benchmark/);
    const page = readFileSync(path.join(dir, '_site/tri-borough-story/two-years-on/index.html'), 'utf8');
    assert.match(page, /we have just kept our plans moving/);
    assert.doesNotMatch(page, /alex|<!--/);
    assert.doesNotMatch(readFileSync(path.join(dir, '_site/tri-borough-story/print/index.html'), 'utf8'), /alex ignore/);
  });

  it('npm run check prints no hint and no Benchmark line on the accepted text', async () => {
    // The report's text as it is, with the site's address and feedback email set as a published
    // site has them: the example ones rightly draw warnings of their own (tests/unit/site-url.test.ts).
    edit(dir, '_data/site.yaml', 'url: https://example.gov.uk', 'url: https://reports.westminster.gov.uk');
    edit(dir, '_data/site.yaml', 'email: feedback@example.gov.uk', 'email: feedback@westminster.gov.uk');
    const { code, output } = await compiledTask(dir, 'scripts/check.ts');
    assert.equal(code, 0, output);
    assert.equal(output.trim(), 'No problems found: the report is ready to build.');
  });
});
