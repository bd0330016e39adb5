/**
 * `npm start` rebuilds a page when its Markdown is saved (Eleventy's incremental mode), on a
 * snapshot of the report: the same measurement `npm run bench` makes, as a test that the
 * preview keeps working. (An override of Eleventy's `md` engine once broke it unnoticed.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { incrementalRebuild } from '../../scripts/bench/incremental-rebuild.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'start-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm start', () => {
  it('rewrites the page of a section saved with a new line', { timeout: 180_000 }, async () => {
    const result = await incrementalRebuild(scratch, 1);
    assert.equal(result.edits, 1);
  });
});
