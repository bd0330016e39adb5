/**
 * Inputs a real editor produces that must just work (issue #17): files saved by Windows programs,
 * with "\r\n" line endings or a byte order mark, build the very site their "\n" versions build.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, copyProject, hashTree, resave } from '../fixtures/project-copy.ts';

/** The files editors write: every kind a build reads as text. */
const TEXT_FILE = /\.(md|ya?ml)$/;

const copies: string[] = [];
let lfSiteHash = '';

before(async () => {
  const dir = copyProject();
  copies.push(dir);
  const result = await build(dir, ['--quiet']);
  assert.equal(result.code, 0, result.output);
  lfSiteHash = hashTree(path.join(dir, '_site'));
});

after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Every text file in a copy's content/ and _data/, as root-relative paths. */
function textFiles(dir: string): string[] {
  return ['content', '_data'].flatMap((folder) =>
    readdirSync(path.join(dir, folder), { recursive: true })
      .map(String)
      .filter((name) => TEXT_FILE.test(name))
      .map((name) => `${folder}/${name}`),
  );
}

/** Builds a copy whose every text file was changed by `change`, and returns its site's hash. */
async function buildChanged(change: (dir: string, file: string) => void): Promise<string> {
  const dir = copyProject();
  copies.push(dir);
  const files = textFiles(dir);
  assert.ok(files.some((file) => file.startsWith('_data/charts/')) && files.includes('_data/site.yaml'), 'every kind of file is changed');
  for (const file of files) change(dir, file);
  const result = await build(dir, ['--quiet']);
  assert.equal(result.code, 0, result.output);
  return hashTree(path.join(dir, '_site'));
}

describe('build with files as Windows programs save them', { concurrency: 2 }, () => {
  it('builds a byte-identical site from pages, landing pages, tables, sources, settings and charts saved with \\r\\n line endings', async () => {
    const hash = await buildChanged((dir, file) => resave(dir, file, 'crlf'));
    assert.equal(hash, lfSiteHash);
  });

  it('builds a byte-identical site from every file starting with a UTF-8 byte order mark', async () => {
    const hash = await buildChanged((dir, file) => writeFileSync(path.join(dir, file), `\uFEFF${readFileSync(path.join(dir, file), 'utf8')}`));
    assert.equal(hash, lfSiteHash);
  });
});
