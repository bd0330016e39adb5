import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

/** The files of lib/figures/ that import a module outside lib/figures/ other than the shared ones. */
function chartImports(): string[] {
  return readdirSync('lib/figures')
    .filter((name) => name.endsWith('.ts'))
    .filter((name) => /from '\.\.\/(charts|build|shortcodes|layouts)\//.test(readFileSync(`lib/figures/${name}`, 'utf8')));
}

describe('lib/figures', () => {
  it('imports nothing from charts, the build, shortcodes or layouts', () => {
    assert.deepEqual(chartImports(), []);
  });

  it('leaves the Eleventy data-file hook to the build', () => {
    assert.match(readFileSync('.eleventy.ts', 'utf8'), /from '\.\/lib\/build\/read-data-file\.ts'/);
  });
});
