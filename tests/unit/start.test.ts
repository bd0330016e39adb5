/**
 * `npm start` on a snapshot of the report: it rebuilds a page when its Markdown is saved
 * (Eleventy's incremental mode; an override of Eleventy's `md` engine once broke it unnoticed),
 * and a broken edit prints what to fix while the preview keeps the last good page, also when a
 * chart cannot be drawn.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { accepts, networkAddress } from '../fixtures/network-address.ts';
import { TEMPLATE_PAYLOAD } from '../fixtures/unsafe-files.ts';
import { SECTION, settle, startPreview, timeEdit, until, type Preview } from '../../scripts/bench/preview-server.ts';

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

  it('prints a broken edit\'s file, line and fix, keeps the last good page, and shows the mended edit', async () => {
    const { server, sectionFile, sectionPage, url } = preview as Preview;
    const good = await readFile(sectionPage, 'utf8');
    const text = await readFile(sectionFile, 'utf8');
    const brokenLine = text.split('\n').length + 1;
    await appendFile(sectionFile, '\nIt came to {% figure "savings.totl" %}.\n');
    await until(server, async () => server.recentOutput().includes('The preview still shows the last good version'), 30_000);
    const output = server.recentOutput();
    assert.match(output, new RegExp(`content/${SECTION}\\.md:${brokenLine}:\\d+: unknown figure "savings\\.totl"`));
    assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
    await settle();
    assert.equal(await readFile(sectionPage, 'utf8'), good, 'the last good page stays on disk');
    const served = await fetch(new URL(`${SECTION}/`, url));
    assert.equal(served.status, 200);
    assert.doesNotMatch(await served.text(), /savings\.totl/);

    const mended = `Mended at ${Date.now()}.`;
    await writeFile(sectionFile, `${text}\n${mended}\n`);
    await until(server, async () => (await readFile(sectionPage, 'utf8')).includes(mended), 30_000);
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
    const served = await fetch(new URL(`${SECTION}/`, url));
    assert.equal(served.status, 200);
    assert.match(await served.text(), /<svg/);

    await writeFile(table, text);
    const mended = `Mended chart at ${Date.now()}.`;
    await appendFile((preview as Preview).sectionFile, `\n${mended}\n`);
    await until(server, async () => (await readFile(sectionPage, 'utf8')).includes(mended), 30_000);
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
