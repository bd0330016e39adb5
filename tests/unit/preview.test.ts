/**
 * The parts of `npm start` that need no server: the error page it shows while a build is
 * broken, which requests get it, what it says when it starts, and when a save rebuilds every page.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ContentError } from '../../lib/errors.ts';
import { errorPage } from '../../lib/preview/error-page.ts';
import { isPageRequest } from '../../lib/preview/failure-middleware.ts';
import { allowLiveReloadScript } from '../../lib/preview/live-reload-policy.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { failureReport } from '../../lib/preview/failure-report.ts';
import { RebuildScope } from '../../lib/preview/rebuild-scope.ts';
import { removePageOutput } from '../../lib/preview/removed-page-output.ts';
import { startMessage } from '../../lib/preview/start-message.ts';

describe('errorPage', () => {
  it('returns every problem as the terminal prints it, escaped', () => {
    const hostile = '<script>alert("&")</script>\'';
    const report = failureReport(new ContentError([{ file: 'content/a/b.md', line: 7, col: 3, message: `unknown figure "${hostile}"` }]));
    const page = errorPage(report, `/a/${hostile}/`);
    assert.match(page, /<h1>The preview was not updated: 1 problem to fix<\/h1>/);
    assert.match(page, /<code>content\/a\/b\.md:7:3: unknown figure &quot;&lt;script&gt;alert\(&quot;&amp;&quot;\)&lt;\/script&gt;&#39;&quot;<\/code>/);
    assert.doesNotMatch(page, /<script/);
    assert.equal(page.match(/<\/head>/g)?.length, 1, 'one </head>, before which the dev server puts its live reload');
  });

  it('returns a fault in the tool as its first line, saying it is not the edit', () => {
    const page = errorPage(failureReport(new Error('boom\n    at somewhere')), '/');
    assert.match(page, /<code>boom<\/code>/);
    assert.match(page, /not in your edit/);
    assert.doesNotMatch(page, /somewhere/);
  });
});

describe('isPageRequest', () => {
  it('returns true for pages and false for the files they use, the live reload and the editing screens', () => {
    assert.deepEqual(['/', '/a/', '/a/b/', '/404.html', '/a/b'].map((p) => isPageRequest('GET', p)), [true, true, true, true, true]);
    assert.deepEqual(['/assets/report.css', '/data/savings.csv', '/.11ty/reload-client.js', '/admin/', '/admin/index.html'].map((p) => isPageRequest('GET', p)), [false, false, false, false, false]);
    assert.equal(isPageRequest('POST', '/'), false);
  });
});

describe('allowLiveReloadScript', () => {
  const serve = (host: string, contentType: string, body: string): string => {
    let sent = '';
    const response = { getHeader: () => contentType, end: (data: string) => void (sent = data) } as unknown as ServerResponse;
    allowLiveReloadScript({ headers: { host } } as IncomingMessage, response, () => response.end(body));
    return sent;
  };
  const page = '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;none&#39;; style-src &#39;self&#39;">';

  it('returns the page allowing scripts from the dev server\'s /.11ty/ folder only', () => {
    assert.equal(serve('localhost:8080', 'text/html; charset=utf-8', page), page.replace('script-src &#39;none&#39;', 'script-src http://localhost:8080/.11ty/'));
  });

  it('returns anything else, or a page asked for under a strange host name, as it was', () => {
    assert.equal(serve('localhost:8080', 'text/css', page), page);
    assert.equal(serve('x" onload="y', 'text/html', page), page);
  });
});

describe('startMessage', () => {
  it('returns the address served', () => {
    assert.equal(startMessage('http://localhost:8080/', '8080'), 'The report is at http://localhost:8080/ and updates when you save a file. Press Ctrl+C to stop.');
  });

  it('returns that the port asked for is taken, and how to choose one', () => {
    assert.match(startMessage('http://localhost:8504/', '8503'), /^Port 8503 is in use .*port 8504 instead\. .*npm start -- --port=8090\.\nThe report is at http:\/\/localhost:8504\//);
  });
});

describe('RebuildScope', () => {
  const content = mkdtempSync(path.join(tmpdir(), 'scope-'));
  after(() => rmSync(content, { recursive: true, force: true }));
  const page = (name: string, title: string, order: number, body = 'Text.'): string => {
    const file = path.join(content, 'pub', `${name}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${title}\norder: ${order}\n---\n${body}\n`);
    return file;
  };
  const first = page('first', 'First', 1);
  const scope = new RebuildScope(content);
  const rebuild = (file: string): boolean => {
    const full = scope.needsFullBuild([path.relative(process.cwd(), file)]);
    scope.built();
    return full;
  };

  it('returns false for an edit to the text only', () => {
    assert.equal(rebuild(page('first', 'First', 1, 'New text.')), false);
  });

  it('returns true for a page added, a title or order changed, a page removed', () => {
    const second = page('second', 'Second', 2);
    assert.equal(rebuild(second), true);
    assert.equal(rebuild(page('second', 'Second, renamed', 2)), true);
    assert.equal(rebuild(page('second', 'Second, renamed', 3)), true);
    unlinkSync(second);
    assert.equal(rebuild(second), true);
    assert.equal(rebuild(first), false);
  });

  it('returns true after a failed build for a save of another file, which the failed build left unwritten', () => {
    const other = page('other', 'Other', 4);
    rebuild(other);
    scope.needsFullBuild([first]);
    assert.equal(scope.needsFullBuild([first]), false, 'the same file again: its build writes it');
    assert.equal(scope.needsFullBuild([other]), true);
    scope.built();
  });
});

describe('removePageOutput', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'removed-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const built = (relative: string): string => {
    const file = path.join(root, '_site', relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '<h1>Old</h1>');
    return file;
  };

  it('removes a deleted section\'s page and its folder, and no other', () => {
    const section = built('pub/old-name/index.html');
    const landing = built('pub/index.html');
    const print = built('pub/print/index.html');
    assert.equal(removePageOutput(path.join(root, 'content'), path.join(root, '_site'), path.join(root, 'content/pub/old-name.md')), section);
    assert.equal(existsSync(path.dirname(section)), false);
    assert.equal(existsSync(landing) && existsSync(print), true);
  });

  it('returns undefined for a file that is not a page under content/', () => {
    assert.equal(removePageOutput(path.join(root, 'content'), path.join(root, '_site'), path.join(root, '_data/figures/x.yaml')), undefined);
    assert.equal(removePageOutput(path.join(root, 'content'), path.join(root, '_site'), path.join(root, 'elsewhere/a.md')), undefined);
  });
});
