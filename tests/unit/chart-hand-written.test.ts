/**
 * The project's collection of hand-written Vega-Lite specs (tests/fixtures/specs/), built in one
 * real build: each chart draws the same data marks as Vega-Lite alone draws for the same spec,
 * describes its own data, and warns of what it cannot do on paper; and every spec the build
 * must refuse is reported, all in one run of the checks, at its line.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { chartCatalog } from '../../lib/charts/chart-catalog.ts';
import type { Chart } from '../../lib/charts/chart-model.ts';
import { loadFigures } from '../../lib/figures/load-figures.ts';
import { createRegistry } from '../../lib/figures/registry.ts';
import { handWrittenSpecs, refusedSpecs } from '../fixtures/specs/collection.ts';
import { markCounts } from '../fixtures/specs/mark-counts.ts';
import { compiledTask, type RunResult } from '../fixtures/project-copy.ts';
import { specProject } from '../fixtures/specs/spec-project.ts';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs one of the project's compiled tasks in a copy, with none of the test runner's NODE_OPTIONS. */
function task(dir: string, script: string): Promise<RunResult> {
  return compiledTask(dir, script, [], { env: { NODE_OPTIONS: '' }, timeout: 240_000 });
}

/** Each chart's figure on the built page, by chart id. */
function figures(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of html.matchAll(/<figure class="chart" id="chart-([a-z0-9-]+)">([\s\S]*?)<\/figure>/g)) found.set(match[1] ?? '', match[2] ?? '');
  return found;
}

/** The spec as Vega-Lite alone draws it: the chart's spec (its data read in) without the site's config, in a plain view. */
async function plainSvg(chart: Chart): Promise<string> {
  const { config: _config, ...spec } = chart.spec as unknown as Record<string, unknown>;
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec, { logger: { level: () => 0, warn: () => 0, info: () => 0, debug: () => 0, error: () => 0 } as never }).spec;
  return new vega.View(vega.parse(compiled), { renderer: 'none' }).toSVG();
}

describe('the hand-written spec collection, in one build', () => {
  let dir = '';
  let built = { code: -1, output: '' };
  let page = new Map<string, string>();
  let charts: ReadonlyMap<string, Chart> = new Map();

  before(async () => {
    dir = specProject(handWrittenSpecs);
    dirs.push(dir);
    built = await task(dir, 'scripts/build.ts');
    page = figures(readFileSync(path.join(dir, '_site/tri-borough-story/hand-written-charts/index.html'), 'utf8'));
    const loaded = loadFigures(dir);
    charts = chartCatalog(dir, loaded, createRegistry(loaded)).charts;
  });

  it('holds at least 100 specs, every one built', () => {
    assert.ok(handWrittenSpecs.length >= 100, `${handWrittenSpecs.length} specs`);
    assert.equal(built.code, 0, built.output);
    assert.deepEqual([...page.keys()].sort(), handWrittenSpecs.map(({ id }) => id).sort());
  });

  it('returns the same data marks, item for item, as Vega-Lite alone draws, for every spec', async () => {
    const differ: string[] = [];
    for (const { id } of handWrittenSpecs) {
      const chart = charts.get(id);
      assert.ok(chart, id);
      const ours = markCounts(/<svg[\s\S]*<\/svg>/.exec(page.get(id) ?? '')?.[0] ?? '');
      const theirs = markCounts(await plainSvg(chart));
      assert.ok(Object.keys(theirs).length > 0, `${id}: Vega-Lite draws no marks`);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(`${id}: ours ${JSON.stringify(ours)}, Vega-Lite's ${JSON.stringify(theirs)}`);
    }
    assert.deepEqual(differ, []);
  });

  it('returns a data table of the rows each chart draws, and a summary naming values the table holds', () => {
    for (const { id } of handWrittenSpecs) {
      const figure = page.get(id) ?? '';
      const table = /<table[\s\S]*<\/table>/.exec(figure)?.[0] ?? '';
      const summary = /<p class="chart-summary"[^>]*>([^<]*)<\/p>/.exec(figure)?.[1] ?? '';
      const cells = new Set([...table.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1]));
      assert.match(summary, /^\d+ rows? of data\./, id);
      const named = [...summary.matchAll(/ is (.+?)(?: \(|; |\.$)/g)].map((match) => match[1]);
      assert.ok(named.length > 0 || /Its columns are/.test(summary), `${id}: ${summary}`);
      for (const value of named) assert.ok(cells.has(value), `${id}: the summary names ${value}, which its table does not hold`);
    }
  });

  it('builds the two worked examples of docs/editing.md', () => {
    assert.match(page.get('guide-sales-against-target') ?? '', /<p class="chart-title"[^>]*>Sales passed the target in the spring<\/p>/);
    assert.match(page.get('guide-sales-by-channel') ?? '', /<p class="chart-title"[^>]*>Sales by region, in shops and online<\/p>/);
  });

  it('returns the spec’s own title as the headline', () => {
    assert.match(page.get('worded-title-object') ?? '', /<p class="chart-title"[^>]*>Fruit counted in the garden<\/p>/);
    assert.match(page.get('worded-title-object') ?? '', /<p class="chart-subtitle"[^>]*>How many of each fruit were counted\.<\/p>/);
    assert.match(page.get('worded-title-lines') ?? '', /<p class="chart-title"[^>]*>Sales by region, all months<\/p>/);
  });

  it('returns a warning at its line for each selection, bound input and tooltip, and none for a static chart', () => {
    for (const { id } of handWrittenSpecs.filter((spec) => spec.interactive)) {
      assert.match(built.output, new RegExp(`_data/charts/${id}\\.yaml:\\d+:\\d+: drawn as a static chart`), id);
    }
    assert.doesNotMatch(built.output, /_data\/charts\/(mark|layer|composite|transform|worded)-[a-z0-9-]+\.yaml:\d+:\d+: drawn as a static/);
    assert.match(built.output, /interactive-point-selection\.yaml:\d+:\d+: drawn as a static chart: the selection "pick" shows its starting state/);
  });
});

describe('the specs the build refuses', () => {
  it('returns every one, from one run of npm run check, at the line of the property at fault', async () => {
    const dir = specProject(refusedSpecs);
    dirs.push(dir);
    const { code, output } = await task(dir, 'scripts/check.ts');
    assert.equal(code, 1, output);
    for (const { id, at, says } of refusedSpecs) {
      const file = `_data/charts/${id}.yaml`;
      const line = readFileSync(path.join(dir, file), 'utf8').split('\n').findIndex((text) => text.trimStart().startsWith(`${at}:`)) + 1;
      assert.ok(line > 0, `${id}: no ${at} in the file`);
      const reported = output.split('\n').filter((text) => text.startsWith(`${file}:`));
      assert.ok(reported.some((text) => says.test(text)), `${id}: ${reported.join(' | ') || 'not reported'}`);
      assert.ok(reported.some((text) => text.startsWith(`${file}:${line}:`) || text.startsWith(`${file}:${line + 1}:`)), `${id}: not at line ${line}: ${reported.join(' | ')}`);
    }
  });
});
