/**
 * Builds write each file over the site before last in place (lib/fs/write-in-place.ts): the
 * file must end up exactly as writeFileSync would leave it, whatever was there before.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { eleventyWritesInPlace } from '../../lib/build/eleventy-writes-in-place.ts';
import { writeInPlace } from '../../lib/fs/write-in-place.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'in-place-'));
after(() => rmSync(folder, { recursive: true, force: true }));

describe('writeInPlace', () => {
  it('leaves exactly the new text, over a longer, a shorter or the same text, or no file', () => {
    const file = path.join(folder, 'page.html');
    const texts = ['<p>first</p>', '<p>a much longer second text, with £ and 📊 in it</p>', '<p>short</p>', '<p>short</p>', ''];
    for (const text of texts) {
      writeInPlace(file, text);
      assert.equal(readFileSync(file, 'utf8'), text);
    }
  });

  it('writes bytes as they are, and keeps the file (the same inode): it does not replace it', () => {
    const file = path.join(folder, 'data.bin');
    writeFileSync(file, Buffer.from([1, 2, 3, 4, 5, 6]));
    const before = statSync(file).ino;
    writeInPlace(file, new Uint8Array([9, 8]));
    assert.deepEqual([...readFileSync(file)], [9, 8]);
    assert.equal(statSync(file).ino, before);
  });

  it('refuses what writeFileSync refuses, with its error', () => {
    assert.throws(() => writeInPlace(folder, 'a folder'), /EISDIR/);
    assert.throws(() => writeInPlace(path.join(folder, 'missing', 'page.html'), 'x'), /ENOENT/);
  });
});

describe('eleventyWritesInPlace', () => {
  it('finds the writer of the pinned Eleventy (if this fails after an upgrade, builds still work, writing as Eleventy does)', async () => {
    assert.equal(await eleventyWritesInPlace(), true);
  });
});
