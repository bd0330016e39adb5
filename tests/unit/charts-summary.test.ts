import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartCatalog } from '../../lib/charts/chart-catalog.ts';
import { shareText } from '../../lib/charts/share-text.ts';
import { tableChartTitle } from '../../lib/charts/chart-titles.ts';
import { interval } from '../../lib/figures/interval.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { FROZEN_REPORT } from '../fixtures/frozen-report.ts';

const figures = loadFigures(FROZEN_REPORT);
const charts = chartCatalog(FROZEN_REPORT, figures, createRegistry(figures)).charts;
const chart = (id: string) => {
  const found = charts.get(id);
  assert.ok(found, `no chart "${id}"`);
  return found;
};

describe('chart summaries of the report data', () => {
  it('returns the largest saving and its share of the total, then the smallest', () => {
    assert.equal(chart('savings').summary, "The largest is Children's services, £4.54m: 46% of the total of £9.92m. The smallest is CEX (Chief Executive's department), £0.26m.");
  });

  it('returns shares as ranges when the total is a range, marked approximate', () => {
    assert.equal(chart('net-fiscal-benefits').summary, 'The largest is Health and social care, £38m: about 54% to 58% of the total of about £65m to £70m. The smallest is Care proceedings, £2m.');
  });

  it('returns both sources’ before and after, oldest first', () => {
    assert.equal(chart('care-proceedings').summary, 'Down from 58 weeks to 26 weeks (The Tri-borough story, 2013). Down from 49 weeks to 26 weeks (Community budgets, 10 August 2017).');
  });

  it('returns each source’s families supported against its target, with the qualifier', () => {
    assert.equal(chart('families').summary, '83 families against a target of 1,720 families: 5% (The Tri-borough story, 2013). Over 1,000 families against a target of 1,730 families: over 57% (Community budgets, 10 August 2017).');
  });
});

describe('chart titles of the report data', () => {
  it('returns the table title with the total and period', () => assert.equal(chart('savings').title, 'Tri-borough savings to date: £9.92m in 2012/13'));
  it('returns a period that says how it relates to the figures as written, with no "in" before it', () => {
    const savings = figures.tables.find((table) => table.id === 'savings');
    assert.ok(savings);
    assert.equal(tableChartTitle({ ...savings, period: 'by the end of 2012/13' }), 'Tri-borough savings to date: £9.92m by the end of 2012/13');
  });
  it('returns a subtitle with the unit, how ranges are drawn, and the source', () => {
    assert.match(chart('net-fiscal-benefits').subtitle, /Values in £ millions\. A range is drawn from its lowest to its highest value\. “About” marks an approximate value\. Source: The Tri-borough story, 2013\.$/);
  });
  it('returns a subtitle naming both sources for a chart of two sources', () => {
    assert.match(chart('care-proceedings').subtitle, /Sources: The Tri-borough story, 2013; Community budgets, 10 August 2017\.$/);
  });
});

describe('shareText', () => {
  it('returns a whole percentage', () => assert.equal(shareText(interval(4.54), interval(9.92)), '46%'));
  it('returns a range when the whole is a range', () => assert.equal(shareText(interval(38), interval({ min: 65, max: 70 })), '54% to 58%'));
  it('returns the part’s qualifier before it', () => assert.equal(shareText(interval(1000), interval(1730), 'over'), 'over 57%'));
  it('rounds down after "over" and "more than", never overstating (57.8% is over 57%)', () => {
    assert.equal(shareText(interval(1000), interval(1730), 'over'), 'over 57%');
    assert.equal(shareText(interval(999), interval(1000), 'more than'), 'more than 99%');
  });
  it('rounds up after "up to" and "nearly" (57.2% is nearly 58%)', () => {
    assert.equal(shareText(interval(572), interval(1000), 'up to'), 'up to 58%');
    assert.equal(shareText(interval(572), interval(1000), 'nearly'), 'nearly 58%');
  });
  it('rounds to the nearest without a qualifier (57.8% is 58%)', () => assert.equal(shareText(interval(1000), interval(1730)), '58%'));
  it('keeps an exact share exact whichever way it rounds', () => {
    assert.equal(shareText(interval(29), interval(100), 'over'), 'over 29%');
    assert.equal(shareText(interval(29), interval(100), 'up to'), 'up to 29%');
  });
  it('returns "about" when the part is approximate', () => assert.equal(shareText(interval(5, true), interval(10)), 'about 50%'));
  it('returns nothing when the whole is zero', () => assert.equal(shareText(interval(5), interval(0)), ''));
});
