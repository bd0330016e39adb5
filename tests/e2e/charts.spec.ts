/**
 * The charts on the built site: every chart that a page cites is drawn as an accessible SVG
 * whose bars, labels and summary match the figures (worked out here through lib/ from the
 * YAML), whose data downloads as a CSV that parses back to the figures, with JavaScript on or off.
 */
import { expect, test } from './support/reused-page.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chartCatalog } from '../../lib/charts/chart-catalog.ts';
import type { Chart } from '../../lib/charts/chart-model.ts';
import { findCitations } from '../../lib/content/find-citations.ts';
import { bounds, isSingle } from '../../lib/figures/interval.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { formatWithUnit } from '../../lib/format/format-with-unit.ts';
import { formatFileSize } from '../../lib/open-data/format-file-size.ts';
import { parseCsv } from '../../lib/open-data/parse-csv.ts';
import { expectedPages, yamlColumns } from './site-map.ts';

const figures = loadFigures(process.cwd());
const charts = chartCatalog(process.cwd(), figures, createRegistry(figures)).charts;

/** A chart drawn from figures: a table's or a definition's (hand-written specs with data of their own are tested in hand-written-charts.spec.ts). */
type FiguresChart = Chart & { table: Exclude<Chart['table'], { kind: 'rows' }> };

/** Every chart a page cites, with the page's URL, from the Markdown (not from the built site). */
const placed = expectedPages().flatMap((page) =>
  findCitations(readFileSync(page.file, 'utf8'))
    .filter((citation) => citation.kind === 'chart')
    .map((citation) => ({ url: page.url, chart: charts.get(citation.id) as FiguresChart })),
);

/** What each bar must show: its label and value, one a statement (a table: one a row, its latest). */
function expectedBars(chart: FiguresChart): Array<{ label: string; text: string; min: number; max: number }> {
  const statements = 'figures' in chart.table
    ? chart.table.figures.flatMap((figure) => figure.statements.map((statement) => ({ label: figure.label, unit: figure.unit, statement })))
    : chart.table.rows.map((row) => ({ label: row.label, unit: row.unit, statement: row.latest }));
  return statements.map(({ label, unit, statement }) => ({ label, text: formatWithUnit(statement.value, unit, statement.qualifier), ...bounds(statement.value) }));
}

test('the report cites the four charts', () => {
  expect(placed.map((entry) => entry.chart?.id).sort()).toEqual(['care-proceedings', 'families', 'net-fiscal-benefits', 'savings']);
});

for (const { url, chart } of placed) {
  test.describe(`the ${chart.id} chart on ${url}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(url);
    });

    test('draws one bar for each value, with its label and value as text', async ({ page }) => {
      const figure = page.locator(`figure#chart-${chart.id}`);
      const bars = expectedBars(chart);
      await expect(figure.locator('svg g.bars_marks > path')).toHaveCount(bars.length);
      await expect(figure.locator('svg g.ranges_marks > path')).toHaveCount(bars.filter((bar) => bar.min !== bar.max).length);
      const texts = await figure.locator('svg text').allTextContents();
      for (const bar of bars) {
        expect(texts).toContain(bar.label);
        expect(texts).toContain(bar.text);
      }
    });

    test('is an image named by its title and a summary of its data', async ({ page }) => {
      const svg = page.locator(`figure#chart-${chart.id} > svg`);
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAttribute('aria-labelledby', `chart-${chart.id}-title chart-${chart.id}-summary`);
      await expect(page.locator(`#chart-${chart.id}-title`)).toHaveText(chart.title);
      await expect(svg.locator('[role], [aria-label]')).toHaveCount(0);
      const box = await svg.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
    });

    test('says in its summary what the data show', async ({ page }) => {
      const summary = await page.locator(`#chart-${chart.id}-summary`).innerText();
      for (const sentence of expectedSummaryParts(chart)) expect(summary).toContain(sentence);
    });

    test('downloads its data as a CSV of the stated size that parses back to the figures', async ({ page }) => {
      const link = page.locator(`figure#chart-${chart.id} .chart-download a`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const bytes = readFileSync((await download.path()) ?? '');
      await expect(link).toContainText(`(CSV, ${formatFileSize(bytes.length)})`);
      const rows = parseCsv(bytes.toString('utf8'));
      const statements = 'figures' in chart.table
        ? chart.table.figures.flatMap((figure) => figure.statements.map((statement) => ({ id: figure.id, label: figure.rowLabel, statement })))
        : chart.table.rows.flatMap((row) => row.statements.map((statement) => ({ id: `${chart.id}.${row.id}`, label: row.label, statement })));
      expect(rows.map((row) => [row.id, row.label, row.value, row.min, row.max, row.source, row.date])).toEqual(
        statements.map(({ id, label, statement }) => {
          const { min, max } = bounds(statement.value);
          const single = isSingle(statement.value);
          return [id, label, single ? String(min) : '', single ? '' : String(min), single ? '' : String(max), statement.source.title, statement.date];
        }),
      );
    });

    test('shows its data as a table when asked, or links to the table the page shows, under the column headings its YAML names', async ({ page }) => {
      const figure = page.locator(`figure#chart-${chart.id}`);
      // A chart whose table the page shows already links to it, and has no copy of its own.
      const onPage = figure.locator('.chart-data-link a');
      let details = figure.locator('details.chart-data');
      if ((await onPage.count()) > 0) {
        await expect(figure.locator('table')).toHaveCount(0);
        details = page.locator(String(await onPage.getAttribute('href')));
        await expect(details).toHaveCount(1);
      } else {
        await details.locator('summary').click();
      }
      const rows = details.locator('tbody tr');
      await expect(rows).toHaveCount('figures' in chart.table ? expectedBars(chart).length : chart.table.rows.length);
      const { labels, values } = yamlColumns('figures' in chart.table ? `_data/charts/${chart.id}.yaml` : `_data/figures/${chart.id}.yaml`);
      await expect(details.getByRole('columnheader').nth(0)).toHaveText(labels);
      await expect(details.getByRole('columnheader').nth(1)).toHaveText(values);
    });
  });
}

/** Facts the summary must state, worked out here from the figures. */
function expectedSummaryParts(chart: FiguresChart): string[] {
  if ('figures' in chart.table) {
    return chart.table.figures.flatMap((figure) => figure.statements.map((statement) => formatWithUnit(statement.value, figure.unit, statement.qualifier).replace(/^over/, '')));
  }
  const { rows, total, unit = 'count' } = chart.table;
  const largest = [...rows].sort((a, b) => b.latest.value.max - a.latest.value.max)[0];
  if (!largest || !total) return [];
  const share = Math.round((bounds(largest.latest.value).max / bounds(total.value).max) * 100);
  return [`The largest is ${largest.label}, ${formatWithUnit(largest.latest.value, unit)}`, `${share}%`];
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const { url, chart } of placed) {
    test(`${url} shows the ${chart.id} chart`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator(`figure#chart-${chart.id} svg g.bars_marks > path`).first()).toBeVisible();
    });
  }
});

test('no page has an id twice', async ({ page }) => {
  for (const file of htmlFiles('_site')) {
    await page.goto(`/${file.replace(/index\.html$/, '')}`);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), file).toEqual([]);
  }
});

// axe checks the pages with charts, their data tables open, with every other page (accessibility.spec.ts).

test('every chart fits a 375 px screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const url of new Set(placed.map((entry) => entry.url))) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const svg of await page.locator('figure.chart > svg').all()) expect((await svg.boundingBox())?.width ?? 999).toBeLessThanOrEqual(375);
  }
});

/** Every HTML page of the built site, relative to it. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && entry.name !== '404.html')
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
