/**
 * Why figures differ: every measure the report's documents state differently carries a note,
 * and a difference without one, or a `with:` naming no figure, is found at its line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDifferences, statementText } from '../../lib/figures/differences.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { loadTable } from '../../lib/figures/load-table.ts';
import type { FigureTable, Source } from '../../lib/figures/model.ts';
import { FROZEN_REPORT } from '../fixtures/frozen-report.ts';

const sources = new Map<string, Source>([
  ['old', { id: 'old', title: 'Old', publisher: 'P', date: '2013' }],
  ['new', { id: 'new', title: 'New', publisher: 'P', date: '2017-08-10' }],
]);

function table(text: string, id = 'measures'): FigureTable {
  const { table: loaded, problems } = loadTable(text, `${id}.yaml`, id, sources);
  assert.deepEqual(problems, []);
  return loaded as FigureTable;
}

const CONFLICT = `title: Measures
source: old
unit: weeks
rows:
  - id: before
    label: Weeks before
    statements:
      - value: 58
        source: old
      - value: 49
        source: new
  - id: after
    label: Weeks after
    value: 26
`;

describe('findDifferences', () => {
  it('returns a note for each measure the frozen report states differently, with every figure it names', () => {
    const { tables } = loadFigures(FROZEN_REPORT, { sourcesFile: '_data/sources.yaml', tablesDir: '_data/figures' });
    const { differences, problems } = findDifferences(tables);
    assert.deepEqual(problems, []);
    const ids = differences.map((difference) => difference.figures.map((figure) => figure.id));
    for (const expected of [
      ['key-figures.families-target'],
      ['key-figures.care-weeks-before'],
      ['key-figures.community-budget-net-savings', 'key-figures.community-budget-gross-savings', 'net-fiscal-benefits.total'],
      ['key-figures.employability-saving', 'net-fiscal-benefits.employability'],
      ['key-figures.reoffending-saving', 'net-fiscal-benefits.reducing-reoffending'],
      ['key-figures.care-legal-costs-saving', 'net-fiscal-benefits.care-proceedings', 'key-figures.care-savings-achieved'],
    ]) assert.ok(ids.some((group) => JSON.stringify(group) === JSON.stringify(expected)), `no note for ${expected.join(', ')}`);
    for (const difference of differences) assert.ok(difference.note.length > 20);
  });

  it('returns a problem at the differing statement of a row with no note', () => {
    const { problems } = findDifferences([table(CONFLICT)]);
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0]?.file, problems[0]?.line, problems[0]?.col], ['measures.yaml', 10, 9]);
    assert.match(problems[0]?.message ?? '', /the statements of "Weeks before" differ, but nothing tells readers why/);
  });

  it('returns no problem once the row, or another row naming it, says why', () => {
    const own = CONFLICT.replace('        source: new\n', '        source: new\n    differs:\n      note: The new page gives an average.\n');
    assert.deepEqual(findDifferences([table(own)]).problems, []);
    const other = CONFLICT.replace('    value: 26\n', '    value: 26\n    differs:\n      note: Both measure the pilot.\n      with: [measures.before]\n');
    const { differences, problems } = findDifferences([table(other)]);
    assert.deepEqual(problems, []);
    assert.deepEqual(differences[0]?.figures.map((figure) => figure.id), ['measures.after', 'measures.before']);
  });

  it('returns a problem at with: for a figure that does not exist, suggesting the nearest', () => {
    const text = CONFLICT.replace('    value: 26\n', '    value: 26\n    differs:\n      note: Both measure the pilot.\n      with: [measures.befor]\n');
    const { problems } = findDifferences([table(text)]);
    const unknown = problems.find((problem) => /which is no figure/.test(problem.message));
    assert.equal(unknown?.line, 17);
    assert.match(unknown?.message ?? '', /"measures\.befor", which is no figure: did you mean "measures\.before"\?/);
  });

  it('returns statements that differ only by their qualifier as different', () => {
    const text = CONFLICT.replace('      - value: 58\n', '      - value: 49\n        qualifier: about\n');
    const before = table(text).rows[0];
    assert.deepEqual(before?.statements.map((statement) => statementText(statement, before)), ['about 49 weeks', '49 weeks']);
    assert.equal(findDifferences([table(text)]).problems.length, 1);
  });
});
