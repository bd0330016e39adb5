/**
 * `npm start` on a snapshot of the report: it rebuilds a page when its Markdown is saved
 * (Eleventy's incremental mode; an override of Eleventy's `md` engine once broke it unnoticed),
 * and a broken edit prints what to fix while the preview keeps the last good page.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
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
