/**
 * The build with no network at all (tests/fixtures/no-network.mjs, preloaded into the build and
 * its chart-drawing thread): it never tries to reach one, and a chart spec asking for an address
 * is refused at its line before anything could try.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { lineOf } from '../fixtures/broken-inputs.ts';
import { copyProject, runIn, withCompiledCode } from '../fixtures/project-copy.ts';

const PRELOAD = pathToFileURL(path.resolve('tests/fixtures/no-network.mjs')).href;
const FAMILIES = '_data/charts/families.yaml';
const copies: string[] = [];

after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Runs node with the network taken away; `attempts` lists every call that tried to reach it. */
async function offline(dir: string, args: string[]): Promise<{ code: number; output: string; attempts: string[] }> {
  const log = path.join(dir, 'network-attempts.log');
  writeFileSync(log, '');
  // Only the preload: not the test runner's own NODE_OPTIONS (tsx's loader).
  const env = { NODE_OPTIONS: `--import=${PRELOAD}`, NO_NETWORK_LOG: log };
  const result = await runIn(dir, process.execPath, args, { env });
  return { ...result, attempts: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

function copy(): string {
  const dir = copyProject();
  copies.push(dir);
  return dir;
}

const BUILD = ['scripts/compiled.mjs', 'scripts/build.ts'];

describe('a build with no network', () => {
  it('returns every attempt to reach the network, on the main thread and a worker, each refused', async () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'worker.mjs'), "try { await fetch('https://example.com/w'); } catch { }\n");
    const script = [
      "import http from 'node:http'; import net from 'node:net'; import dns from 'node:dns'; import { Worker } from 'node:worker_threads';",
      "for (const attempt of [() => fetch('https://example.com/f'), () => http.get('http://127.0.0.1:9/'), () => net.connect(9, '127.0.0.1'), () => dns.lookup('example.com', () => {})]) {",
      "  try { await attempt(); console.log('REACHED'); } catch { }",
      '}',
      "await new Promise((resolve) => new Worker('./worker.mjs').on('exit', resolve));",
    ].join('\n');
    const { code, output, attempts } = await offline(dir, ['--input-type=module', '-e', script]);
    assert.equal(code, 0, output);
    assert.doesNotMatch(output, /REACHED/);
    assert.deepEqual(attempts.map((line) => line.split(' ')[0]), ['fetch', 'http.get', 'net.connect', 'dns.lookup', 'fetch']);
  });

  it('exits 0 having tried nothing, drawing a chart from a CSV in _data/chart-data/', async () => {
    const dir = copy();
    mkdirSync(path.join(dir, '_data/chart-data'), { recursive: true });
    writeFileSync(path.join(dir, '_data/chart-data/boroughs.csv'), 'borough,saving\nHammersmith and Fulham,1.25\nWestminster,3.75\n');
    appendFileSync(path.join(dir, FAMILIES), 'spec:\n  mark: bar\n  data: { url: boroughs.csv }\n  encoding:\n    y: { field: borough, type: nominal }\n    x: { field: saving, type: quantitative }\n');
    const { code, output, attempts } = await offline(withCompiledCode(dir), BUILD);
    assert.equal(code, 0, output);
    assert.match(readFileSync(path.join(dir, '_site/community-budgets/achievements/index.html'), 'utf8'), />Hammersmith and Fulham</);
    assert.deepEqual(attempts, []);
  });

  for (const url of ['https://example.com/x.csv', 'http://127.0.0.1:9/x.csv']) {
    it(`exits 1 at the spec's line having tried nothing, for a spec asking for ${url}`, async () => {
      const dir = copy();
      appendFileSync(path.join(dir, FAMILIES), `spec:\n  mark: text\n  data:\n    url: ${url}\n  encoding:\n    text: { field: label }\n`);
      const { code, output, attempts } = await offline(withCompiledCode(dir), BUILD);
      assert.deepEqual(attempts, [], 'nothing may try to reach the network');
      assert.equal(code, 1, output);
      assert.match(output, new RegExp(`^${FAMILIES}:${lineOf(path.join(dir, FAMILIES), `url: ${url}`)}:\\d+: the chart's data address`, 'm'), output);
    });
  }
});
