/**
 * The build skips its checks when they passed before on the same files and code
 * (lib/check/check-cache.ts): any change to a page or a data file must run them again.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkInputsStamp, checksPassedBefore, rememberChecksPassed } from '../../lib/check/check-cache.ts';
import { lineOf } from '../fixtures/broken-inputs.ts';
import { build, copyProject, edit } from '../fixtures/project-copy.ts';
import { PNG } from '../fixtures/unsafe-files.ts';

const copies: string[] = [];
after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function withCodeStamp<T>(stamp: string | undefined, body: () => T): T {
  const before = process.env.REPORT_CODE_STAMP;
  if (stamp === undefined) delete process.env.REPORT_CODE_STAMP;
  else process.env.REPORT_CODE_STAMP = stamp;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.REPORT_CODE_STAMP;
    else process.env.REPORT_CODE_STAMP = before;
  }
}

describe('checkInputsStamp', () => {
  const dir = copyProject();
  copies.push(dir);

  it('returns the same stamp while nothing changes, and another for other code', () => {
    const stamp = withCodeStamp('code-1', () => checkInputsStamp(dir));
    assert.equal(withCodeStamp('code-1', () => checkInputsStamp(dir)), stamp);
    assert.notEqual(withCodeStamp('code-2', () => checkInputsStamp(dir)), stamp);
  });

  it('returns another stamp when a page changes, or a data file is added', () => {
    const stamp = withCodeStamp('code-1', () => checkInputsStamp(dir));
    appendFileSync(path.join(dir, 'content/tri-borough-story/the-story.md'), '\nOne more line.\n');
    const edited = withCodeStamp('code-1', () => checkInputsStamp(dir));
    assert.notEqual(edited, stamp);
    writeFileSync(path.join(dir, '_data/charts/new.yaml'), 'title: x\n');
    assert.notEqual(withCodeStamp('code-1', () => checkInputsStamp(dir)), edited);
  });

  it('returns another stamp when an image a page cites is added or deleted', () => {
    ownAssets(dir);
    const before = withCodeStamp('code-1', () => checkInputsStamp(dir));
    writeFileSync(path.join(dir, 'assets/images/halls.png'), 'not really a picture');
    const added = withCodeStamp('code-1', () => checkInputsStamp(dir));
    assert.notEqual(added, before);
    rmSync(path.join(dir, 'assets/images/halls.png'));
    assert.equal(withCodeStamp('code-1', () => checkInputsStamp(dir)), before);
  });

  it('returns another stamp when an image is added, changed or deleted, or a link made', () => {
    const image = path.join(dir, 'assets/images/dot.png');
    mkdirSync(path.dirname(image), { recursive: true });
    const stamps = [withCodeStamp('code-1', () => checkInputsStamp(dir))];
    writeFileSync(image, PNG);
    stamps.push(withCodeStamp('code-1', () => checkInputsStamp(dir)));
    writeFileSync(image, '<html>');
    stamps.push(withCodeStamp('code-1', () => checkInputsStamp(dir)));
    unlinkSync(image);
    symlinkSync('/etc/hostname', image);
    stamps.push(withCodeStamp('code-1', () => checkInputsStamp(dir)));
    // A link to itself, or to the folder above, loops: stat would fail, and Node 20's recursive
    // readdir would follow it for ever; the stamp notes each link without following it.
    symlinkSync('loop', path.join(dir, 'content/loop'));
    stamps.push(withCodeStamp('code-1', () => checkInputsStamp(dir)));
    symlinkSync('..', path.join(dir, 'content/tri-borough-story/up'));
    stamps.push(withCodeStamp('code-1', () => checkInputsStamp(dir)));
    assert.equal(new Set(stamps).size, stamps.length);
    assert.ok(stamps.every((stamp) => stamp !== undefined));
  });

  it('returns undefined when the code is not compiled, so nothing is cached', () => {
    const stamp = withCodeStamp(undefined, () => checkInputsStamp(dir));
    assert.equal(stamp, undefined);
    rememberChecksPassed(dir, stamp);
    assert.equal(checksPassedBefore(dir, stamp), false);
  });
});

describe('a compiled build after the checks passed', () => {
  // A broken link is found only by the checks (Eleventy would publish it), so this fails if a
  // stale note of a passed check let the build skip them.
  it('skips nothing it must not: an edit that breaks a link fails the next build', async () => {
    const dir = copyProject();
    copies.push(dir);
    for (let run = 0; run < 2; run += 1) {
      const result = await build(dir, ['--quiet'], { compiled: true });
      assert.equal(result.code, 0, result.output);
    }
    assert.equal(readdirSync(path.join(dir, '.cache/checks')).length, 1, 'one passed check is noted');
    edit(dir, 'content/tri-borough-story/the-story.md', '## Why we decided to share services\n', '## Why we decided to share services\n\nSee [the savings](/tri-borough-story/savings/).\n');
    const broken = await build(dir, [], { compiled: true });
    assert.equal(broken.code, 1, broken.output);
    assert.match(broken.output, /content\/tri-borough-story\/the-story\.md:\d+:\d+: the link "\/tri-borough-story\/savings\/" goes to a page that does not exist/);
  });

  it('checks an image again when it changes: one whose bytes become HTML fails the next build', async () => {
    const dir = copyProject();
    copies.push(dir);
    const image = path.join(dir, 'assets/images/dot.png');
    mkdirSync(path.dirname(image), { recursive: true });
    writeFileSync(image, PNG);
    const result = await build(dir, ['--quiet'], { compiled: true });
    assert.equal(result.code, 0, result.output);
    writeFileSync(image, '<html><script>alert(1)</script></html>');
    const broken = await build(dir, [], { compiled: true });
    assert.equal(broken.code, 1, broken.output);
    assert.match(broken.output, /assets\/images\/dot\.png: this file is named as a PNG image, but its contents are not one/);
  });
});

describe('a compiled build after the checks passed on a page citing an image', () => {
  // The image check is the only one that reads assets/: a stamp without it passed a deleted image.
  it('fails when the image is deleted, at the line citing it', async () => {
    const dir = copyProject();
    copies.push(dir);
    ownAssets(dir);
    writeFileSync(path.join(dir, 'assets/images/halls.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n');
    edit(dir, 'content/tri-borough-story/the-story.md', '## Why we decided to share services\n', '## Why we decided to share services\n\n![The three town halls](/assets/images/halls.svg)\n');
    const passed = await build(dir, ['--quiet'], { compiled: true });
    assert.equal(passed.code, 0, passed.output);
    rmSync(path.join(dir, 'assets/images/halls.svg'));
    const broken = await build(dir, [], { compiled: true });
    assert.equal(broken.code, 1, broken.output);
    const line = lineOf(path.join(dir, 'content/tri-borough-story/the-story.md'), '![The three town halls]');
    assert.match(broken.output, new RegExp(`content/tri-borough-story/the-story\\.md:${line}:\\d+: the image /assets/images/halls\\.svg is not in assets/images/`));
  });
});

/** Gives a copy its own assets/ (copies share the project's by a link), with an images folder, so a test can change them. */
/** Gives a copy a folder for editors' images (copyProject copies assets/, which has none yet). */
function ownAssets(dir: string): void {
  mkdirSync(path.join(dir, 'assets/images'), { recursive: true });
}
