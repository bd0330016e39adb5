/**
 * A build killed at any step of publishing, or stopped by a full disk, leaves a whole site at
 * _site (the one before, or the new one), and the next build removes what it left behind.
 * The build is stopped at each step by REPORT_BUILD_PAUSE_AT (lib/build/pause-at.ts), so the
 * kill lands there every time, and made to fail as a full disk by REPORT_BUILD_FAULT_AT.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BuildStep } from '../../lib/build/pause-at.ts';
import { restoreSite } from '../../lib/build/restore-site.ts';
import { liveFolder, siteFolders } from '../../lib/build/site-folders.ts';
import { build, copyProject, copySite, edit, hashTree, withCompiledCode } from '../fixtures/project-copy.ts';

const dir = copyProject();
const site = path.join(dir, '_site');
after(() => rmSync(dir, { recursive: true, force: true }));

before(async () => {
  // Compiled, as npm run build runs; twice, so there is a live site and a spare to write over.
  for (let run = 0; run < 2; run += 1) {
    const built = await build(dir, ['--quiet'], { compiled: true });
    assert.equal(built.code, 0, built.output);
  }
}, { timeout: 180_000 });

/** Starts a compiled build that stops at `step`, and waits until it is there. */
async function pausedAt(step: BuildStep, cwd = dir): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/compiled.mjs', 'scripts/build.ts', '--quiet'], {
    cwd: withCompiledCode(cwd),
    env: { ...process.env, REPORT_BUILD_PAUSE_AT: step },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(`paused at ${step}`)) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => reject(new Error(`the build ended before ${step}:\n${output}`)));
  });
  return child;
}

/** Kills a build and waits for it to be gone. @returns its pid. */
async function kill(child: ChildProcess): Promise<number> {
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
  return child.pid ?? 0;
}

/** Starts a compiled build that stops at `step`, and kills it there. @returns its pid. */
async function killAt(step: BuildStep, cwd = dir): Promise<number> {
  return kill(await pausedAt(step, cwd));
}

/** Whatever is beside _site but the live site folder and one spare. */
function leftovers(): string[] {
  const live = liveFolder(site);
  const [spare] = siteFolders(site).filter((folder) => folder.path !== live);
  const kept = new Set(['_site', path.basename(live ?? ''), path.basename(spare?.path ?? '')]);
  return readdirSync(dir).filter((name) => name.includes('_site') && !kept.has(name));
}

describe('a build killed while publishing', { timeout: 600_000 }, () => {
  const steps: BuildStep[] = ['claimed', 'written', 'swept', 'renamed', 'linked', 'swapped'];
  for (const [index, step] of steps.entries()) {
    it(`leaves the old or the new site when killed at "${step}", and the next build removes what it left`, async () => {
      const before = hashTree(site);
      edit(dir, 'content/community-budgets/achievements.md', /made progress in five areas[^.]*/, `made progress in five areas (edit ${index})`);
      const pid = await killAt(step);
      assert.ok(existsSync(site), `_site is missing after a kill at ${step}`);
      const afterKill = hashTree(site);
      const next = await build(dir, ['--quiet'], { compiled: true });
      assert.equal(next.code, 0, next.output);
      assert.ok([before, hashTree(site)].includes(afterKill), `after a kill at ${step}, _site was neither the old site nor the new one`);
      assert.notEqual(hashTree(site), before, 'the next build published the edit');
      assert.deepEqual(readdirSync(dir).filter((name) => name === `_site.building-${pid}` || name === `_site.link-${pid}`), [], 'no building folder or link of the dead build');
      assert.deepEqual(leftovers(), []);
    });
  }

  it('leaves alone the folder of a build still running, and removes it once that build is dead', async () => {
    const running = await pausedAt('written');
    const folder = path.join(dir, `_site.building-${running.pid}`);
    const next = await build(dir, ['--quiet'], { compiled: true });
    assert.equal(next.code, 0, next.output);
    assert.ok(existsSync(folder), 'a running build keeps its folder');
    await kill(running);
    const after = await build(dir, ['--quiet'], { compiled: true });
    assert.equal(after.code, 0, after.output);
    assert.ok(!existsSync(folder));
    assert.deepEqual(leftovers(), []);
  });

  it('restores the site when killed in the one move from a plain _site/ folder', async () => {
    // The same content as the site copied, so the next build makes the same site.
    const plain = copyProject(dir);
    try {
      copySite(dir, plain);
      const output = path.join(plain, '_site');
      const good = hashTree(output);
      await killAt('moved-aside', plain);
      // The one moment publishing leaves no site: a plain folder cannot be swapped for a link in one step.
      assert.ok(!existsSync(output));
      assert.equal(await restoreSite(output), true);
      assert.equal(hashTree(output), good);
      const next = await build(plain, ['--quiet'], { compiled: true });
      assert.equal(next.code, 0, next.output);
      assert.equal(hashTree(output), good, 'the same content builds the same site');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('a build on a full disk', { timeout: 300_000 }, () => {
  for (const [code, words] of [['ENOSPC', 'the disk is full'], ['EROFS', 'the disk is read-only']] as const) {
    it(`says "${words}" with the folder (${code}), exits 1 with no stack trace, keeps the old site and removes the half-written one`, async () => {
      const good = hashTree(site);
      edit(dir, 'content/community-budgets/achievements.md', /made progress in five areas[^.]*/, `made progress in five areas (${code})`);
      const result = await buildWith({ REPORT_BUILD_FAULT_AT: `written:${code}` });
      assert.equal(result.code, 1, result.output);
      assert.match(result.output, new RegExp(`The report was not built: ${words}, so _site\\.building-\\d+/ could not be written`));
      assert.match(result.output, /The previous version of the site has been left as it was/);
      assert.doesNotMatch(result.output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
      assert.equal(hashTree(site), good);
      assert.deepEqual(readdirSync(dir).filter((name) => name.includes('.building-') || name.endsWith('.previous')), [], 'the half-written folder is removed');
    });
  }
});

/** A compiled build with extra environment variables. */
function buildWith(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, ['scripts/compiled.mjs', 'scripts/build.ts', '--quiet'], { cwd: dir, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, output })));
}
