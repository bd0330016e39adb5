/**
 * Which files in _data/figures/ are tables: a table's file name is its id (in addresses and
 * HTML ids), and Eleventy reads a folder inside it as data of another shape.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Problem } from '../../lib/errors.ts';
import { readDataFile } from '../../lib/build/read-data-file.ts';
import { tableFiles } from '../../lib/figures/table-files.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project root whose _data/figures/ holds these files. */
function projectWith(files: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'report-tables-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, '_data/figures', file)), { recursive: true });
    writeFileSync(path.join(root, '_data/figures', file), 'title: x\n');
  }
  return root;
}

describe('tableFiles', () => {
  it('returns the YAML files named as ids, sorted, and ignores other files', () => {
    const problems: Problem[] = [];
    assert.deepEqual(tableFiles(projectWith(['savings.yaml', 'key-figures-2.yml', 'notes.txt']), '_data/figures', problems), ['_data/figures/key-figures-2.yml', '_data/figures/savings.yaml']);
    assert.deepEqual(problems, []);
  });

  it('refuses a file name that is no id, at the file, with the name to use', () => {
    const problems: Problem[] = [];
    const files = tableFiles(projectWith(['My table.yaml', 'Savings.yaml', 'costs_2013.yaml', 'ok.yaml']), '_data/figures', problems);
    assert.deepEqual(files, ['_data/figures/ok.yaml']);
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, /rename the file (\S+) /.exec(p.message)?.[1]]).sort(),
      [
        ['_data/figures/My table.yaml', 1, 'my-table.yaml'],
        ['_data/figures/Savings.yaml', 1, 'savings.yaml'],
        ['_data/figures/costs_2013.yaml', 1, 'costs-2013.yaml'],
      ].sort(),
    );
  });

  it('refuses a table in a folder inside the tables folder, saying where to move it', () => {
    const problems: Problem[] = [];
    assert.deepEqual(tableFiles(projectWith(['ok.yaml', 'old/savings.yaml', 'old/deeper/My Costs.yaml']), '_data/figures', problems), ['_data/figures/ok.yaml']);
    assert.deepEqual(problems.map((p) => p.file).sort(), ['_data/figures/old/deeper/My Costs.yaml', '_data/figures/old/savings.yaml']);
    const messages = problems.map((p) => p.message).join('\n');
    assert.match(messages, /move this file to _data\/figures\/savings\.yaml/);
    assert.match(messages, /move this file to _data\/figures\/my-costs\.yaml/);
  });

  it('refuses a second file of the same id, naming the first', () => {
    const problems: Problem[] = [];
    assert.deepEqual(tableFiles(projectWith(['savings.yaml', 'savings.yml']), '_data/figures', problems), ['_data/figures/savings.yaml']);
    assert.deepEqual(problems.map((p) => [p.file, p.message]), [['_data/figures/savings.yml', '_data/figures/savings.yaml is also the table "savings": keep one of the two files, or rename this one']]);
  });

  it('reports no tables for a folder with none, or none at all', () => {
    for (const root of [projectWith(['notes.txt']), projectWith([])]) {
      const problems: Problem[] = [];
      assert.deepEqual(tableFiles(root, '_data/figures', problems), []);
      assert.match(problems[0]?.message ?? '', /no figure tables were found in _data\/figures/);
    }
  });
});

describe('readDataFile', () => {
  // Eleventy reads every YAML file under _data/: one where no table can be must not reach a template.
  it('throws a DataError at the file for a table in a folder inside _data/figures/, or named as no id', () => {
    assert.throws(() => readDataFile('', '_data/figures/old/savings.yaml'), (error: Error) => error.name === 'DataError' && /^_data\/figures\/old\/savings\.yaml:1:1: figure tables must be saved in _data\/figures\/ itself/.test(error.message));
    assert.throws(() => readDataFile('', '_data/figures/My table.yaml'), (error: Error) => error.name === 'DataError' && /rename the file my-table\.yaml/.test(error.message));
  });
});
