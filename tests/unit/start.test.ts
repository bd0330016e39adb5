/**
 * `npm start` on a snapshot of the report: it rebuilds a page when its Markdown is saved
 * (Eleventy's incremental mode; an override of Eleventy's `md` engine once broke it unnoticed),
 * a broken edit prints what to fix and every page of the preview shows it until it is mended,
 * also when a chart cannot be drawn, and a section added reaches every other page's contents.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { accepts, networkAddress } from '../fixtures/network-address.ts';
import { TEMPLATE_PAYLOAD } from '../fixtures/unsafe-files.ts';
import { SECTION, settle, startPreview, timeEdit, timeStructureChange, until, type Preview } from '../../scripts/bench/preview-server.ts';
import { mirrorProject } from '../../scripts/bench/project-folder.ts';
import { startLogged } from '../../scripts/bench/server-log.ts';

/**
 * Gets a page as a browser navigating to it does (the dev server adds its live reload only
 * then; fetch() would say sec-fetch-mode: cors). It runs no script: what it gets is what a
 * browser shows with JavaScript off.
 */
function navigate(url: URL): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'sec-fetch-mode': 'navigate', accept: 'text/html' } }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    }).on('error', reject);
  });
}
const scratch = mkdtempSync(path.join(tmpdir(), 'start-'));
let preview: Preview | undefined;

before(async () => {
  preview = await startPreview(scratch);
}, { timeout: 180_000 });

after(async () => {
  await preview?.server.stop();
  // Eleventy's own child processes may still be closing files a moment after npm exits.
  rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

describe('npm start', { timeout: 120_000 }, () => {
  it('listens on 127.0.0.1 only, out of reach of the network', async () => {
    const port = Number(new URL((preview as Preview).url).port);
    assert.equal(await accepts('127.0.0.1', port), true);
    const external = networkAddress();
    if (external) assert.equal(await accepts(external, port), false, `the preview is reachable at ${external}:${port}`);
  });

  it('rewrites the page of a section saved with a new line', async () => {
    assert.ok((await timeEdit(preview as Preview, 1)) > 0);
  });

  it('names the address it really serves', () => {
    assert.match((preview as Preview).server.recentOutput(), new RegExp(`The report is at ${(preview as Preview).url.replace(/[.]/g, '\\.')} and updates`));
  });

  it('prints a broken edit\'s file, line and fix, shows them on every page without JavaScript, keeps the last good page on disk, and shows the mended edit', async () => {
    const { server, sectionFile, sectionPage, url } = preview as Preview;
    const good = await readFile(sectionPage, 'utf8');
    const text = await readFile(sectionFile, 'utf8');
    const brokenLine = text.split('\n').length + 1;
    await appendFile(sectionFile, '\nIt came to {% figure "savings.totl" %} <b>.\n');
    await until(server, async () => server.recentOutput().includes('Every page of the preview shows these problems until you fix the file'), 30_000);
    const output = server.recentOutput();
    const where = `content/${SECTION}\\.md:${brokenLine}:\\d+`;
    assert.match(output, new RegExp(`${where}: unknown figure "savings\\.totl": did you mean "savings\\.total"\\?`));
    assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
    await settle();
    assert.equal(await readFile(sectionPage, 'utf8'), good, 'the last good page stays on disk');
    for (const address of [`${SECTION}/`, '', 'tri-borough-story/the-story/']) {
      const { status, text: page } = await navigate(new URL(address, url));
      assert.equal(status, 200);
      assert.match(page, /<h1>The preview was not updated: 2 problems to fix<\/h1>/);
      assert.match(page, new RegExp(`<code>${where}: unknown figure &quot;savings\\.totl&quot;: did you mean &quot;savings\\.total&quot;\\?</code>`));
      assert.match(page, new RegExp(`<code>${where}: raw HTML is not allowed in Markdown \\(&lt;b&gt;\\)`), 'escaped');
      assert.doesNotMatch(page, /<b>/);
      assert.match(page, /<script type="module"[^>]* src="\/\.11ty\/reload-client\.js"><\/script><\/head>/, 'the live reload takes it away');
    }
    const styles = await fetch(new URL('assets/report.css', url));
    assert.match(styles.headers.get('content-type') ?? '', /text\/css/, 'files pages use are served as usual');

    const mended = `Mended at ${Date.now()}.`;
    await writeFile(sectionFile, `${text}\n${mended}\n`);
    await until(server, async () => (await readFile(sectionPage, 'utf8')).includes(mended), 30_000);
    const served = (await navigate(new URL(`${SECTION}/`, url))).text;
    assert.match(served, new RegExp(mended.replace(/[.]/g, '\\.')));
    assert.doesNotMatch(served, /The preview was not updated/);
    await settle();
  });

  it('adds a new section to every other page\'s contents, and takes a removed one away', async () => {
    const ms = await timeStructureChange(preview as Preview, 1);
    assert.ok(ms > 0);
    const left = (await readdir(path.join((preview as Preview).mirror, '_site', 'tri-borough-story'))).filter((name) => name.startsWith('added-section-'));
    assert.deepEqual(left, [], 'the removed section\'s page is gone from the preview');
  });
});

describe('npm start on a report that is broken from the start', { timeout: 180_000 }, () => {
  it('serves the problems on every page, keeps watching, and builds every page once the fix is saved', async () => {
    const mirror = path.join(scratch, 'broken');
    await mirrorProject(mirror);
    const sectionFile = path.join(mirror, 'content', `${SECTION}.md`);
    const text = await readFile(sectionFile, 'utf8');
    await appendFile(sectionFile, '\n{% figure "savings.childern" %}\n');
    const port = Number(new URL((preview as Preview).url).port) + 1;
    const server = startLogged('npm', ['start', '--', `--port=${port}`], mirror);
    try {
      await until(server, async () => server.recentOutput().includes('The report is at'), 120_000);
      const url = new URL(server.recentOutput().match(/The report is at (\S+) /)?.[1] ?? '');
      const { text: page } = await navigate(new URL('tri-borough-story/', url));
      assert.match(page, /unknown figure &quot;savings\.childern&quot;: did you mean &quot;savings\.childrens&quot;\?/);
      assert.doesNotMatch(server.recentOutput(), /\n\s+at /, 'no stack trace');
      const landing = path.join(mirror, '_site', 'tri-borough-story', 'index.html');
      for (let attempt = 0; !(await readFile(landing, 'utf8').catch(() => '')).includes('<h1'); attempt += 1) {
        await writeFile(sectionFile, text);
        await until(server, async () => (await readFile(landing, 'utf8').catch(() => '')).includes('<h1') || attempt === 5, 5_000).catch(() => undefined);
        if (attempt === 5) assert.fail(`the fix was not built:\n${server.recentOutput()}`);
      }
      await until(server, async () => (await readFile(path.join(mirror, '_site', `${SECTION}`, 'index.html'), 'utf8').catch(() => '')).includes('<h1'), 30_000);
      assert.doesNotMatch((await navigate(new URL('tri-borough-story/', url))).text, /The preview was not updated/);
    } finally {
      await server.stop();
    }
  });

  it('reports a chart vega cannot draw at its file, keeps running and serving, and shows the mended chart', async () => {
    const { server, mirror, sectionPage, url } = preview as Preview;
    const table = path.join(mirror, '_data/figures/savings.yaml');
    const text = await readFile(table, 'utf8');
    // An href encoding that is no web address: vega's link check once ended the process. The checks
    // now refuse any link in a chart at its line; the preview must report it and keep serving.
    const linked = 'spec:\n    mark: bar\n    encoding:\n      x: { field: label, type: nominal }\n      y: { field: value, type: quantitative }\n      href: { value: "javascript:void(0)" }';
    await writeFile(table, text.replace('sort: descending', linked));
    await until(server, async () => server.recentOutput().includes('a chart cannot hold links'), 60_000);
    assert.match(server.recentOutput(), /_data\/figures\/savings\.yaml:\d+:\d+: a chart cannot hold links \(href\)/);
    assert.doesNotMatch(server.recentOutput(), /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
    await settle();
    assert.equal(server.exited(), false, 'npm start is still running');
    // While the build is broken, every page the preview serves is the list of problems.
    const served = await fetch(new URL(`${SECTION}/`, url));
    assert.equal(served.status, 200);
    assert.match(await served.text(), /savings\.yaml:\d+:\d+: a chart cannot hold links/);

    await writeFile(table, text);
    const mended = `Mended chart at ${Date.now()}.`;
    await appendFile((preview as Preview).sectionFile, `\n${mended}\n`);
    await until(server, async () => (await readFile(sectionPage, 'utf8')).includes(mended), 30_000);
    // The page on disk comes first; the preview stops serving the problems once the build is done.
    await until(server, async () => !(await (await fetch(new URL(`${SECTION}/`, url))).text()).includes('The preview was not updated'), 30_000);
    assert.match(await (await fetch(new URL(`${SECTION}/`, url))).text(), /<svg/);
  });

  // Here the checks run in Eleventy's eleventy.before hook, not before Eleventy starts.
  it('refuses a template saved in content/ while it runs, and runs none of it', async () => {
    const { server, mirror } = preview as Preview;
    const marker = path.join(mirror, 'code-ran.marker');
    const template = path.join(mirror, 'content/evil.njk');
    await writeFile(template, TEMPLATE_PAYLOAD.replaceAll('MARKER', marker));
    try {
      await until(server, async () => server.recentOutput().includes('content/evil.njk: Pages are Markdown'), 30_000);
      await settle();
      assert.equal(existsSync(marker), false, 'no code ran');
    } finally {
      rmSync(template, { force: true });
    }
  });
});
