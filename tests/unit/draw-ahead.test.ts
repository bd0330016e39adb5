/**
 * Drawing charts on a second thread (lib/charts/draw-ahead.ts) gives the same SVG as drawing
 * them here, keeps it in the chart cache, and carries vega's errors back.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { CHART_CACHE_DIR } from '../../lib/charts/chart-cache.ts';
import { build, copyProject } from '../fixtures/project-copy.ts';

const project = copyProject();
after(() => rmSync(project, { recursive: true, force: true }));

interface Probe {
  drawn?: { svg?: string };
  failed?: { error?: string };
  here: string;
  hereError: string;
  hash: string;
  waitsAgain: boolean;
}

describe('drawAhead', async () => {
  // The drawing thread runs compiled code only: a compiled build compiles it in the copy.
  const built = await build(project, ['--quiet'], { compiled: true });
  assert.equal(built.code, 0, built.output);
  const tsx = path.resolve('node_modules/.bin/tsx');
  const env = { ...process.env, REPORT_COMPILED: '.cache/compiled' };
  const { stdout } = await promisify(execFile)(tsx, [path.resolve('tests/fixtures/draw-ahead-probe.ts'), project], { cwd: project, env, timeout: 60_000 });
  const probe = JSON.parse(stdout) as Probe;

  it('returns the same SVG as drawing on this thread, and keeps it in the chart cache', () => {
    assert.ok(probe.drawn?.svg?.startsWith('<svg'), JSON.stringify(probe.drawn));
    assert.equal(probe.drawn?.svg, probe.here);
    assert.ok(existsSync(path.join(project, CHART_CACHE_DIR, `${probe.hash}.svg`)));
  });

  it('returns vega’s error for a spec it cannot draw, as drawing on this thread gives it', () => {
    assert.ok(probe.hereError.length > 0);
    assert.equal(probe.failed?.error, probe.hereError);
  });

  it('returns nothing to wait for when the chart is in the cache already', () => {
    assert.equal(probe.waitsAgain, false);
  });
});
