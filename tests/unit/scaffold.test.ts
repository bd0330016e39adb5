/**
 * `npm run new` writes a section and a table an editor can build at once: run in a copy of the
 * project, then the real build, as an editor would.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { build, copyProject } from '../fixtures/project-copy.ts';

const run = promisify(execFile);
const TSX = path.join(process.cwd(), 'node_modules/.bin/tsx');
let dir = '';

/** Runs `npm run new -- ...args` in the copy. @returns its exit code and what it printed. */
async function runNew(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/new.ts', ...args], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

before(() => {
  dir = copyProject();
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('writes a table and a section that build as they stand, the table shown on the new page', async () => {
    const table = await runNew('table', 'Savings by borough');
    assert.equal(table.code, 0, table.output);
    assert.match(table.output, /Created _data\/figures\/savings-by-borough\.yaml/);
    const section = await runNew('section', 'Our next steps', '--publication=tri-borough-story');
    assert.equal(section.code, 0, section.output);
    appendFileSync(path.join(dir, 'content/tri-borough-story/our-next-steps.md'), '\n{% figureTable "savings-by-borough" %}\n');

    const result = await build(dir, ['--quiet']);
    assert.equal(result.code, 0, result.output);
    const page = readFileSync(path.join(dir, '_site/tri-borough-story/our-next-steps/index.html'), 'utf8');
    assert.match(page, /<h1[^>]*>Our next steps<\/h1>/);
    assert.match(page, /<thead><tr><th scope="col">Measure<\/th><th scope="col" class="num">Value<\/th><\/tr><\/thead>/);
    assert.match(page, /<th scope="row" id="fig-savings-by-borough-first-row">First row<\/th>/);
    const landing = readFileSync(path.join(dir, '_site/tri-borough-story/index.html'), 'utf8');
    assert.match(landing, /<a href="\/tri-borough-story\/our-next-steps\/">Our next steps<\/a>/);
  });

  it('refuses to write over a file, saying what to do, with no stack trace', async () => {
    const again = await runNew('table', 'Savings by borough');
    assert.equal(again.code, 1);
    assert.match(again.output, /_data\/figures\/savings-by-borough\.yaml/);
    assert.match(again.output, /this file exists already: choose another title, or edit the file/);
    assert.doesNotMatch(again.output, /\n\s+at /);
  });

  it('says how to call it when the kind or title is missing', async () => {
    const wrong = await runNew('chart', 'Something');
    assert.equal(wrong.code, 1);
    assert.match(wrong.output, /write npm run new -- section "Title"/);
  });

  it('asks which publication a section is for when there are several', async () => {
    const unsure = await runNew('section', 'Another section');
    assert.equal(unsure.code, 1);
    assert.match(unsure.output, /add --publication= and one of community-budgets, tri-borough-story/);
  });
});
