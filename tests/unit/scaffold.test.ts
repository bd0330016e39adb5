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

/** Runs `npm run new <args>` as an editor types it, through npm (which may swallow flags). */
async function npmRunNew(...args: string[]): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'new', ...args], { cwd: dir, env });
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
  it('writes a table, a section and a publication that build as they stand, the table shown on the new page', async () => {
    const publication = await runNew('publication', 'Our new report');
    assert.equal(publication.code, 0, publication.output);
    assert.match(publication.output, /Created content\/our-new-report\/index\.md/);
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
    const newLanding = readFileSync(path.join(dir, '_site/our-new-report/index.html'), 'utf8');
    assert.match(newLanding, /<h1[^>]*>Our new report<\/h1>/);
    assert.match(readFileSync(path.join(dir, '_site/index.html'), 'utf8'), /<a href="\/our-new-report\/">Our new report<\/a>/);
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
    assert.match(wrong.output, /"chart" is not something npm run new makes: write npm run new -- section "Title" --publication=folder, npm run new -- table "Title" or npm run new -- publication "Title"/);
    const untitled = await runNew('section');
    assert.match(untitled.output, /give the new section a title in quotes: write npm run new -- section "Title"/);
  });

  it('asks which publication a section is for when there are several', async () => {
    const unsure = await runNew('section', 'Another section');
    assert.equal(unsure.code, 1);
    assert.match(unsure.output, /say which publication the section is for: add --publication= and one of community-budgets, our-new-report, tri-borough-story, like npm run new -- section "Another section" --publication=community-budgets/);
    const unknown = await runNew('section', 'Another section', '--publication=tri-borough');
    assert.match(unknown.output, /there is no publication "tri-borough": add --publication= and one of/);
  });

  it('reads --publication the same when npm swallows it (no -- before the arguments)', async () => {
    const swallowed = await npmRunNew('section', 'Written without dashes', '--publication=tri-borough-story');
    assert.equal(swallowed.code, 0, swallowed.output);
    assert.match(swallowed.output, /Created content\/tri-borough-story\/written-without-dashes\.md/);
    const spaced = await npmRunNew('section', 'Written with a space', '--publication', 'tri-borough-story');
    assert.equal(spaced.code, 0, spaced.output);
    assert.match(spaced.output, /Created content\/tri-borough-story\/written-with-a-space\.md/);
    const dashed = await npmRunNew('--', 'section', 'Written with dashes', '--publication=community-budgets');
    assert.equal(dashed.code, 0, dashed.output);
    assert.match(dashed.output, /Created content\/community-budgets\/written-with-dashes\.md/);
  });

  it('refuses a publication whose folder exists, saying what to do', async () => {
    const again = await runNew('publication', 'Our new report');
    assert.equal(again.code, 1);
    assert.match(again.output, /content\/our-new-report\/: this folder exists already/);
  });
});
