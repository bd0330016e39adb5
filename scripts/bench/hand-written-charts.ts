import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { handWrittenSpecs } from '../../tests/fixtures/specs/collection.ts';
import { chartDataFiles } from '../../tests/fixtures/specs/data.ts';

/** Charts a page of the hand-written case. */
const PER_PAGE = 10;

/**
 * Adds `count` hand-written charts to a generated report: the project's own collection of
 * Vega-Lite specs (tests/fixtures/specs/), taken in turn and each given a title of its own so
 * every chart is a different spec, drawn and cached on its own, with the data files they read
 * and sections citing them ten a page.
 * @param dir a report written by generateReport.
 * @returns how many Markdown pages it added.
 */
export async function addHandWrittenCharts(dir: string, count: number): Promise<number> {
  await mkdir(path.join(dir, '_data/chart-data'), { recursive: true });
  await mkdir(path.join(dir, '_data/charts'), { recursive: true });
  for (const [name, text] of Object.entries(chartDataFiles)) await writeFile(path.join(dir, '_data/chart-data', name), text);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const collected = handWrittenSpecs[index % handWrittenSpecs.length];
    if (!collected) break;
    const id = `hand-written-${String(index + 1).padStart(3, '0')}`;
    await writeFile(path.join(dir, `_data/charts/${id}.yaml`), stringify({ spec: { ...collected.spec, title: `Hand-written chart ${index + 1}` } }));
    ids.push(id);
  }
  const folder = path.join(dir, 'content', 'publication-001');
  let pages = 0;
  for (let first = 0; first < ids.length; first += PER_PAGE) {
    pages += 1;
    const front = ['---', `title: Hand-written charts, part ${pages}`, `order: ${900 + pages}`, 'summary: Charts drawn from hand-written Vega-Lite specs.', 'source: synthetic-report-2013', 'updated: "2013"', '---'];
    const charts = ids.slice(first, first + PER_PAGE).map((id) => `{% chart "${id}" %}`);
    await writeFile(path.join(folder, `hand-written-${pages}.md`), `${[...front, 'Charts drawn from hand-written specs follow.', ...charts].join('\n\n')}\n`);
  }
  return pages;
}
