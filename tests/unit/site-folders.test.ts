/**
 * Each build writes over the site before last (lib/build/swap-folder.ts), publishes it by
 * replacing the _site link in one rename (link-site.ts) and removes what it did
 * not write (sweep-stale-files.ts): the published site must be exactly what a build into an
 * empty folder makes, and a removed page must not stay online from an old build.
 */
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { liveFolder, siteFolders } from '../../lib/build/site-folders.ts';
import { sweepStaleFiles } from '../../lib/build/sweep-stale-files.ts';
import { restoreSite } from '../../lib/build/restore-site.ts';
import { publishFolder, takeBuildFolder } from '../../lib/build/swap-folder.ts';
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
  function project(): string {
    const parent = mkdtempSync(path.join(tmpdir(), 'publish-'));
    folders.push(parent);
    return path.join(parent, '_site');
  }

  async function publish(output: string, file: string): Promise<void> {
    const building = await takeBuildFolder(output);
    mkdirSync(building, { recursive: true });
    writeFileSync(path.join(building, file), file);
    await publishFolder(building, output);
  }

  it('links the live site to a folder of its own, then writes over the site before last', async () => {
    const output = project();
    await publish(output, 'first.html');
    assert.ok(lstatSync(output).isSymbolicLink());
    assert.deepEqual(files(output), ['first.html']);
    const first = realpathSync(output);
    await publish(output, 'second.html');
    const second = realpathSync(output);
    assert.deepEqual(files(output), ['second.html']);
    const building = await takeBuildFolder(output);
    assert.deepEqual(files(building), ['first.html'], 'the third build takes the first site to write over');
    assert.ok(!existsSync(first));
    await publishFolder(building, output);
    assert.deepEqual(readdirSync(path.dirname(output)).sort(), ['_site', path.basename(second), path.basename(realpathSync(output))].sort());
  });

  it('moves a plain _site/ folder aside once, as the next spare', async () => {
    const output = project();
    mkdirSync(output);
    writeFileSync(path.join(output, 'live.html'), 'live');
    await publish(output, 'new.html');
    assert.deepEqual(files(output), ['new.html']);
    assert.deepEqual(files(await takeBuildFolder(output)), ['live.html']);
  });

  it('removes what a dead build left, and leaves what a running build owns', async () => {
    const output = project();
    await publish(output, 'live.html');
    const dead = 2 ** 22 + 1; // above Linux's largest pid
    const running = process.ppid;
    for (const pid of [dead, running]) mkdirSync(`${output}.building-${pid}`);
    symlinkSync('nowhere', `${output}.link-${dead}`);
    await takeBuildFolder(output);
    assert.ok(!existsSync(`${output}.building-${dead}`) && !existsSync(path.join(path.dirname(output), `_site.link-${dead}`)));
    assert.ok(existsSync(`${output}.building-${running}`), 'a running build keeps its folder');
  });

  it('restores a missing site from the newest complete site folder', async () => {
    const output = project();
    await publish(output, 'old.html');
    await publish(output, 'new.html');
    rmSync(output);
    assert.equal(await restoreSite(output), true);
    assert.deepEqual(files(output), ['new.html']);
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
    const spare = siteFolders(path.join(dir, '_site')).find((folder) => folder.path !== liveFolder(path.join(dir, '_site')));
    assert.ok(spare && existsSync(path.join(spare.path, 'community-budgets/achievements-again/index.html')));
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
