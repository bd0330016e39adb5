/**
 * Each build writes over the site before last (lib/build/swap-folder.ts) and removes what it did
 * not write (sweep-stale-files.ts): the published site must be exactly what a build into an
 * empty folder makes, and a removed page must not stay online from an old build.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sweepStaleFiles } from '../../lib/build/sweep-stale-files.ts';
import { publishFolder, spareFolder, takeBuildFolder } from '../../lib/build/swap-folder.ts';
import { build, copyProject, edit, hashTree } from '../fixtures/project-copy.ts';

const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => `${path.relative(folder, path.join(entry.parentPath, entry.name))}${entry.isDirectory() ? '/' : ''}`)
    .sort();
}

describe('sweepStaleFiles', () => {
  it('keeps the files written and their folders, and removes every other file and folder', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'sweep-'));
    folders.push(site);
    for (const file of ['a/b/index.html', 'a/old.html', 'gone/deep/index.html', 'robots.txt', 'stale.txt']) {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), file);
    }
    mkdirSync(path.join(site, 'empty'));
    await sweepStaleFiles(site, new Set(['a/b/index.html', 'robots.txt'].map((file) => path.join(site, file))));
    assert.deepEqual(files(site), ['a/', 'a/b/', 'a/b/index.html', 'robots.txt']);
  });
});

describe('takeBuildFolder and publishFolder', () => {
  function folderWith(file: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'site-'));
    folders.push(folder);
    writeFileSync(path.join(folder, file), file);
    return folder;
  }

  it('returns the spare to build in, then makes the live site the next spare', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'publish-'));
    folders.push(parent);
    const output = path.join(parent, '_site');
    mkdirSync(output);
    writeFileSync(path.join(output, 'live.html'), 'live');
    mkdirSync(spareFolder(output));
    writeFileSync(path.join(spareFolder(output), 'old.html'), 'old');
    const building = await takeBuildFolder(output);
    assert.deepEqual(files(building), ['old.html']);
    assert.ok(!existsSync(spareFolder(output)));
    writeFileSync(path.join(building, 'new.html'), 'new');
    await publishFolder(building, output);
    assert.deepEqual(files(output), ['new.html', 'old.html']);
    assert.deepEqual(files(spareFolder(output)), ['live.html']);
  });

  it('removes the live site instead, when a build running at the same time left a spare', async () => {
    const output = folderWith('live.html');
    mkdirSync(spareFolder(output));
    writeFileSync(path.join(spareFolder(output), 'theirs.html'), 'theirs');
    folders.push(spareFolder(output));
    await publishFolder(folderWith('new.html'), output);
    assert.deepEqual(files(output), ['new.html']);
    assert.deepEqual(files(spareFolder(output)), ['theirs.html']);
    assert.deepEqual(readdirSync(path.dirname(output)).filter((name) => name.startsWith(`${path.basename(output)}.old-`)), []);
  });
});

describe('a build over the previous site', () => {
  it('publishes what a build into an empty folder does, and drops a removed page', async () => {
    const dir = copyProject();
    folders.push(dir);
    const page = 'content/community-budgets/achievements-again.md';
    writeFileSync(path.join(dir, page), '---\ntitle: Achievements again\norder: 9\nsummary: A page that is removed later.\nsource: community-budgets-2017\nupdated: "2017-08-10"\n---\nA page that is removed later.\n');
    // Twice, so the page is in the live site and in the spare the next build writes over.
    for (let run = 0; run < 2; run += 1) {
      const first = await build(dir, ['--quiet']);
      assert.equal(first.code, 0, first.output);
    }
    assert.ok(existsSync(path.join(spareFolder(path.join(dir, '_site')), 'community-budgets/achievements-again/index.html')));
    rmSync(path.join(dir, page));
    edit(dir, 'content/community-budgets/achievements.md', 'made progress in five areas', 'made progress in five areas, at least');
    const result = await build(dir, ['--quiet']);
    assert.equal(result.code, 0, result.output);
    const fresh = await build(dir, ['--quiet', '--output=fresh-site']);
    assert.equal(fresh.code, 0, fresh.output);
    assert.ok(!existsSync(path.join(dir, '_site/community-budgets/achievements-again')), 'the removed page is not published');
    assert.deepEqual(files(path.join(dir, '_site')), files(path.join(dir, 'fresh-site')));
    assert.equal(hashTree(path.join(dir, '_site')), hashTree(path.join(dir, 'fresh-site')));
  });
});
