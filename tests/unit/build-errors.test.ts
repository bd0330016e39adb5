/**
 * Every kind of editing mistake, run through the real build in a copy of the project: the build
 * must exit 1, name the file and line, print no stack trace, and leave the previous _site/ as it was.
 * The copies are all made first, then built a few processes at a time, many builds to a process
 * (buildMany: the code scripts/build.ts runs, loaded once, not once a build); each case then
 * checks its own build's exit code and output, and its own copy's _site/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brokenInputs, lineOf, type BrokenInput } from '../fixtures/broken-inputs.ts';
import { build, buildCases, copyProject, copySite, edit, hashTree, resave, type CaseBuild } from '../fixtures/project-copy.ts';

const copies: string[] = [];
let good = '';
let goodSiteHash = '';
/** Each broken input's copy and build (built together, many to a process: buildCases). */
let builds = new Map<BrokenInput, Promise<CaseBuild>>();

before(async () => {
  good = copyProject();
  copies.push(good);
  const result = await build(good, ['--quiet']);
  assert.equal(result.code, 0, result.output);
  goodSiteHash = hashTree(path.join(good, '_site'));
  builds = buildCases(brokenInputs, (input) => {
    const dir = copyProject();
    copies.push(dir);
    copySite(good, dir);
    if (input.find !== undefined) edit(dir, input.file, input.find, input.replace ?? '');
    if (input.moveTo) move(dir, input.file, input.moveTo);
    if (input.savedAs) resave(dir, input.moveTo ?? input.file, input.savedAs);
    return dir;
  });
  await Promise.allSettled(builds.values());
});

after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('build with a broken input', () => {
  it('has at least 30 kinds of broken input', () => assert.ok(brokenInputs.length >= 30));

  for (const input of brokenInputs) {
    it(`exits 1 with file:line and keeps the old site, for ${input.name}`, async () => {
      const { dir, code, output } = await (builds.get(input) ?? Promise.reject(new Error('never built')));
      assertCleanFailure(input, dir, code, output);
      assert.equal(hashTree(path.join(dir, '_site')), goodSiteHash, 'the previous _site/ must be byte-identical');
    });
  }
});

function assertCleanFailure(input: BrokenInput, dir: string, code: number, output: string): void {
  const file = input.reportedFile ?? input.moveTo ?? input.file;
  const line = lineOf(path.join(dir, file), input.at);
  assert.equal(code, 1, output);
  assert.match(output, new RegExp(`^${escape(file)}:${line}(:\\d+)?: `, 'm'), `expected ${file}:${line} in:\n${output}`);
  assert.match(output, input.message);
  assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
  assert.doesNotMatch(output, /undefined|\[object Object\]/, 'no leaked internals');
}

function move(dir: string, from: string, to: string): void {
  mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
  renameSync(path.join(dir, from), path.join(dir, to));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
