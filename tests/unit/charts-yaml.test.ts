/**
 * Charts written wrongly in YAML or cited wrongly in Markdown: `npm run check` (checkReport)
 * reports each at its file and line, in plain English.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkReport } from '../../lib/check/check-report.ts';
import { formatProblem } from '../../lib/errors.ts';
import { copyProject, edit } from '../fixtures/project-copy.ts';

const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Checks a copy of the project after one edit; returns the problems as `file:line:col: message`. */
function checkAfter(change: (dir: string) => void): string[] {
  const dir = copyProject();
  copies.push(dir);
  change(dir);
  return checkReport(dir).map(formatProblem);
}

/** The 1-based line of the first line of a file containing `text`. */
function lineOf(dir: string, file: string, text: string): number {
  const content = readFileSync(path.join(dir, file), 'utf8');
  return content.slice(0, content.indexOf(text)).split('\n').length;
}

describe('checkReport, for charts', () => {
  it('returns no problems for the report as it is', () => assert.deepEqual(checkAfter(() => {}), []));

  it('returns a sort that is not allowed, at its line in the table', () => {
    const problems = checkAfter((dir) => edit(dir, '_data/figures/savings.yaml', 'sort: descending', 'sort: biggest'));
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^_data\/figures\/savings\.yaml:\d+:9: sort must be one of "descending", "ascending", "none" — got "biggest"$/);
  });

  it('returns an unknown chart field, with the field meant', () => {
    const problems = checkAfter((dir) => edit(dir, '_data/figures/savings.yaml', 'sort: descending', 'sort: descending\n  tilte: Savings'));
    assert.match(problems[0] ?? '', /^_data\/figures\/savings\.yaml:\d+:3: unknown field "tilte": did you mean "title"\?$/);
  });

  it('returns a hand-written spec’s invalid property at the line it is written on', () => {
    let line = 0;
    const problems = checkAfter((dir) => {
      edit(dir, '_data/figures/savings.yaml', 'sort: descending', 'spec:\n    mark: bar\n    encoding:\n      x: { field: value, type: quantitativ }');
      line = lineOf(dir, '_data/figures/savings.yaml', 'x: { field');
    });
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', new RegExp(`^_data/figures/savings\\.yaml:${line}:\\d+: the Vega-Lite spec is not valid at "encoding\\.x\\.type"`));
  });

  it('returns an unknown figure in a chart definition at its line, with the id meant', () => {
    const file = '_data/charts/families.yaml';
    const problems = checkAfter((dir) => edit(dir, file, 'key-figures.families-target', 'key-figures.familes-target'));
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^_data\/charts\/families\.yaml:\d+:\d+: unknown figure "key-figures\.familes-target": did you mean "key-figures\.families-target"\?$/);
  });

  it('returns figures in different units', () => {
    const problems = checkAfter((dir) => edit(dir, '_data/charts/families.yaml', 'key-figures.families-target', 'key-figures.care-weeks-after'));
    assert.match(problems[0] ?? '', /^_data\/charts\/families\.yaml:\d+:\d+: the figures of this chart are in different units \(families, weeks\)/);
  });

  it('returns a chart definition named after a figure table', () => {
    const problems = checkAfter((dir) => writeFileSync(path.join(dir, '_data/charts/savings.yaml'), 'title: Savings\nfigures: [savings.adults]\n'));
    assert.deepEqual(problems, ['_data/charts/savings.yaml:1:1: the chart "savings" has the same name as the figure table _data/figures/savings.yaml: rename this file, or chart the table with its chart: field']);
  });

  it('returns an unknown chart cited in Markdown at its line, with the id meant', () => {
    const file = 'content/tri-borough-story/two-years-on.md';
    let line = 0;
    const problems = checkAfter((dir) => {
      edit(dir, file, '{% chart "savings" %}', '{% chart "saving" %}');
      line = lineOf(dir, file, '{% chart "saving" %}');
    });
    assert.deepEqual(problems, [`${file}:${line}:1: unknown chart "saving": did you mean "savings"?`]);
  });

  it('returns a table cited as a chart when it has no chart field', () => {
    const problems = checkAfter((dir) => edit(dir, 'content/tri-borough-story/two-years-on.md', '{% chart "savings" %}', '{% chart "key-figures" %}'));
    assert.match(problems[0] ?? '', /two-years-on\.md:\d+:1: the table "key-figures" has no chart: add chart: \{ type: bar \} to _data\/figures\/key-figures\.yaml/);
  });
});
