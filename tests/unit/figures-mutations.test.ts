/**
 * Random edits to the real figure tables and front matter, as a careless editor might make them:
 * every result is either a checked table or a list of clean problems, never a crash.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Problem } from '../../lib/errors.ts';
import { loadSources } from '../../lib/figures/load-sources.ts';
import { loadTable } from '../../lib/figures/load-table.ts';
import { readPage } from '../../lib/content/read-page.ts';

const { sources } = loadSources(readFileSync('_data/sources.yaml', 'utf8'), '_data/sources.yaml');
const sourcesById = new Map(sources.map((source) => [source.id, source]));
const TABLES = ['savings', 'net-fiscal-benefits', 'key-figures'].map((id) => ({ id, file: `_data/figures/${id}.yaml`, text: readFileSync(`_data/figures/${id}.yaml`, 'utf8') }));
const PAGE = { file: 'content/tri-borough-story/two-years-on.md', text: readFileSync('content/tri-borough-story/two-years-on.md', 'utf8') };

/** Bits an editor might type over a value: other types, YAML syntax, markup, odd numbers. */
const junk = fc.constantFrom('', 'twelve', '-1', '1e309', '{ min: 5, max: 4 }', '[1, 2', '"', '\t', ': :', '<b>x</b>', 'null', '~', '0.1234567', '{}', '- a', '&anchor', '*alias', '!!binary x', '9007199254740993');

/** One edit: replace a stretch of the text, delete a line, or duplicate a line. */
function mutation(text: string) {
  const lines = text.split('\n');
  const replaceStretch = fc.tuple(fc.nat(text.length), fc.nat(12), junk).map(([at, length, insert]) => text.slice(0, at) + insert + text.slice(at + length));
  const dropLine = fc.nat(lines.length - 1).map((at) => lines.filter((_, i) => i !== at).join('\n'));
  const copyLine = fc.nat(lines.length - 1).map((at) => [...lines.slice(0, at + 1), lines[at], ...lines.slice(at + 1)].join('\n'));
  return fc.oneof(replaceStretch, dropLine, copyLine);
}

function assertClean(problems: readonly Problem[], file: string): void {
  for (const problem of problems) {
    assert.equal(problem.file, file);
    assert.ok(problem.line === undefined || (Number.isInteger(problem.line) && problem.line >= 1), `bad line ${problem.line}`);
    assert.ok(problem.message.length > 10, `message too short: ${problem.message}`);
    assert.doesNotMatch(problem.message, /undefined|\[object Object\]|NaN/);
  }
}

describe('loadTable', () => {
  for (const table of TABLES) {
    it(`returns a table or clean problems for any random edit of ${table.id}.yaml (property)`, () => {
      fc.assert(
        fc.property(mutation(table.text), (text) => {
          const result = loadTable(text, table.file, table.id, sourcesById);
          assert.ok(result.table !== undefined || result.problems.length > 0, 'neither a table nor a problem');
          assertClean(result.problems, table.file);
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 300) },
      );
    });
  }
});

describe('readPage', () => {
  it('returns clean problems for any random edit of a page (property)', () => {
    fc.assert(
      fc.property(mutation(PAGE.text), (text) => {
        assertClean(readPage(text, PAGE.file, sourcesById).problems, PAGE.file);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
