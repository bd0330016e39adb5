/**
 * The number rules of figure tables: every figure is a finite decimal number, written as it is
 * meant (2.85, 1720), and every total can be added up exactly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadTable } from '../../lib/figures/load-table.ts';
import type { Source } from '../../lib/figures/model.ts';
import { bounds } from '../../lib/figures/interval.ts';

const FILE = '_data/figures/test.yaml';
const sources = new Map<string, Source>([['report-2017', { id: 'report-2017', title: 'Report', publisher: 'Council', date: '2017' }]]);

/** A one-table file with these rows' values (YAML as written) and, optionally, a total. */
function table(values: readonly string[], total = ''): string {
  const rows = values.map((value, index) => `  - id: row-${index}\n    label: Row ${index}\n    value: ${value}\n`).join('');
  return `title: Test\nunit: £m\nsource: report-2017\n${total}rows:\n${rows}`;
}

function load(values: readonly string[], total = '') {
  return loadTable(table(values, total), FILE, 'test', sources);
}

/** The one problem loading these values gives, with its line. */
function problemOf(values: readonly string[], total = ''): { line?: number; message: string } {
  const { table: loaded, problems } = load(values, total);
  assert.equal(loaded, undefined, 'the table must be refused');
  assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
  const [problem] = problems;
  return { line: problem?.line, message: problem?.message ?? '' };
}

describe('loadTable, reading figures', () => {
  it('returns plain decimals as written: 2.85, 1720, 0, 007, .5', () => {
    const { table: loaded } = load(['2.85', '1720', '0', '007', '.5']);
    assert.deepEqual(loaded?.rows.map((row) => bounds(row.latest.value).min), [2.85, 1720, 0, 7, 0.5]);
  });

  it('refuses a hexadecimal or octal number, saying what YAML would read', () => {
    assert.match(problemOf(['1', '0x1A']).message, /value must be a number of £ millions.*got "0x1A": 0x1A is a hexadecimal number \(YAML would read it as 26\): write the figure in ordinary digits/);
    assert.match(problemOf(['0o17']).message, /got "0o17": 0o17 is a octal number \(YAML would read it as 15\)/);
  });

  it('refuses exponent notation, giving the decimal to write', () => {
    const { line, message } = problemOf(['1', '1e3']);
    assert.equal(line, table(['1', '1e3']).split('\n').findIndex((text) => text.includes('1e3')) + 1);
    assert.match(message, /got "1e3": 1e3 is written with an exponent: write it as a plain decimal number, 1000/);
    assert.match(problemOf(['2.5E-3']).message, /write it as a plain decimal number, 0\.0025/);
  });

  it('refuses infinity and not-a-number, saying what they mean', () => {
    assert.match(problemOf(['.inf']).message, /got "\.inf": \.inf means infinity, which no page can show/);
    assert.match(problemOf(['-.Inf']).message, /got "-\.Inf": -\.Inf means infinity/);
    assert.match(problemOf(['.nan']).message, /got "\.nan": \.nan means "not a number": write the figure the source gives/);
    assert.doesNotMatch(problemOf(['.nan']).message, /negative/);
  });

  it('refuses these notations in a range and a stated total too', () => {
    assert.match(problemOf(['{ min: 1, max: 0x10 }']).message, /max must be .*got "0x10"/);
    assert.match(problemOf(['1'], 'total:\n  stated: .inf\n').message, /stated must be .*\.inf means infinity/);
  });

  it('refuses thousands set apart by a space or an underscore, giving the number to write', () => {
    assert.match(problemOf(['1 720']).message, /got "1 720": write 1720, with no commas/);
    assert.match(problemOf(['1_720']).message, /got "1_720": write 1720, with no commas/);
  });

  it('refuses -0, which would show as "-£0m"', () => {
    assert.match(problemOf(['1', '-0']).message, /value must not be negative — got -0: write 0/);
    assert.match(problemOf(['{ min: -0.0, max: 1 }']).message, /min must not be negative — got -0: write 0/);
  });

  it('refuses a figure over a thousand million, with a larger unit as the fix', () => {
    assert.match(problemOf(['1000000001']).message, /value must be at most 1000000000 .* got 1000000001: for a larger amount use a larger unit/);
    // 310 digits are more than a double can hold: YAML reads Infinity.
    assert.match(problemOf([`1${'0'.repeat(309)}`]).message, /value must be at most 1000000000 .* got a number too long to hold/);
  });

  it('refuses a total too large to add up exactly, at the total', () => {
    const values = Array.from({ length: 10 }, () => '1000000000');
    const { line, message } = problemOf(values, 'total:\n  label: Total\n');
    assert.equal(line, 4);
    assert.match(message, /the rows add up to more than 9007199254, too large to add up exactly: use a larger unit/);
    assert.ok(load(values.slice(1), 'total:\n  label: Total\n').table, 'nine of them add up exactly');
  });
});
