import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentError } from '../../lib/errors.ts';
import { bounds } from '../../lib/figures/interval.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { FROZEN_REPORT } from '../fixtures/frozen-report.ts';

const registry = createRegistry(loadFigures(FROZEN_REPORT));

describe('cite', () => {
  it('returns the computed savings total, £9.92m', () => {
    assert.deepEqual(bounds(registry.cite('savings.total').statement.value), { min: 9.92, max: 9.92 });
  });

  it('returns the net fiscal savings total as the range 65 to 70', () => {
    const total = registry.cite('net-fiscal-benefits.total').statement.value;
    assert.deepEqual(bounds(total), { min: 65, max: 70 });
    assert.equal(total.approximate, true, 'reducing reoffending is approximate, so the total is too');
  });

  it('returns the latest statement of a measure, and the earlier ones as others', () => {
    const cited = registry.cite('key-figures.care-weeks-before');
    assert.equal(bounds(cited.statement.value).min, 49);
    assert.equal(cited.statement.source.id, 'community-budgets-2017');
    assert.deepEqual(cited.others.map((s) => bounds(s.value).min), [58]);
  });

  it('returns the statement of a given year or source', () => {
    assert.equal(bounds(registry.cite('key-figures.families-target@2013').statement.value).min, 1720);
    assert.equal(bounds(registry.cite('key-figures.families-target@community-budgets-2017').statement.value).min, 1730);
  });

  it('throws a ContentError naming an unknown id, with a suggestion', () => {
    assert.throws(() => registry.cite('savings.children'), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.equal(error.name, 'ContentError');
      assert.match(error.message, /unknown figure "savings.children": did you mean "savings.childrens"\?/);
      return true;
    });
  });

  it('throws suggesting "savings.childrens" for "savings.childern", two letters swapped', () => {
    assert.throws(() => registry.cite('savings.childern'), /unknown figure "savings\.childern": did you mean "savings\.childrens"\?/);
  });

  it('throws listing the table\'s row ids when no id is close', () => {
    assert.throws(() => registry.cite('savings.parks-and-leisure'), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.match(error.message, /unknown figure "savings\.parks-and-leisure": the rows of savings are libraries, adults, chief-executive, corporate-services, environmental-services, childrens, total: write savings\. and one of them, like savings\.libraries$/);
      return true;
    });
  });

  it('throws listing the tables when the table is unknown and no id is close', () => {
    assert.throws(() => registry.cite('budgets.libraries'), /unknown figure "budgets\.libraries": there is no table of that name; the tables are key-figures, net-fiscal-benefits, savings/);
  });

  it('throws a ContentError saying how to write an id without a table', () => {
    assert.throws(() => registry.cite('total'), /a figure is cited as "total": write it as "table.row"/);
  });

  it('throws when a date matches no statement', () => {
    assert.throws(() => registry.cite('key-figures.families-target@2015'), /has no statement for "2015"/);
  });
});

describe('table', () => {
  it('returns the table with every row', () => assert.equal(registry.table('savings').rows.length, 6));
  it('throws naming the known tables', () => assert.throws(() => registry.table('nope'), /unknown table "nope": the tables are/));
});
