import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { NEW_TABLE_COLLECTION, cmsConfig, type CmsInputs } from '../../lib/cms/cms-config.ts';
import { localBackendUrl, publishedBackend } from '../../lib/cms/cms-settings.ts';
import { CONFIG_FILE, currentConfigYaml } from '../../lib/cms/current-config.ts';
import type { DecapCollection, DecapField } from '../../lib/cms/decap-types.ts';
import { allFields } from '../../lib/cms/map-fields.ts';
import { readCmsInputs } from '../../lib/cms/read-cms-inputs.ts';
import { FIGURE_VALUE_WIDGET } from '../../lib/cms/schema-field.ts';
import { QUALIFIERS, UNITS } from '../../lib/figures/units.ts';
import { copyProject } from '../fixtures/project-copy.ts';

const targets = { backend: publishedBackend(), localBackendUrl: localBackendUrl() };
const config = cmsConfig(readCmsInputs(process.cwd()), targets);
const figures = config.collections.find((collection) => collection.name === 'figures') as DecapCollection;
const tableFields = (id: string): DecapField[] => figures.files?.find((file) => file.name === id)?.fields ?? [];
const everyTableField = (figures.files ?? []).flatMap((file) => allFields(file.fields));
const field = (fields: readonly DecapField[], ...names: string[]): DecapField | undefined =>
  names.reduce<DecapField | undefined>((found, name) => (found ? found.fields : fields)?.find((f) => f.name === name), undefined);
const matches = (pattern: [string, string] | undefined, text: string): boolean => new RegExp(pattern?.[0] ?? '(?!)').test(text);

/** The publications, found the way the site finds them: folders whose index.md says publication: true. */
function publicationFolders(): string[] {
  return readdirSync('content', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join('content', entry.name, 'index.md')))
    .filter((entry) => /^publication: true$/m.test(readFileSync(path.join('content', entry.name, 'index.md'), 'utf8')))
    .map((entry) => entry.name);
}

describe('cmsConfig', () => {
  it('returns one folder collection for each publication, listing its sections in reading order', () => {
    const sections = config.collections.filter((collection) => collection.folder?.startsWith('content/'));
    assert.deepEqual(sections.map((collection) => collection.name).sort(), publicationFolders().sort());
    for (const collection of sections) {
      assert.equal(collection.folder, `content/${collection.name}`);
      assert.deepEqual(collection.sortable_fields?.[0], { field: 'order', default_sort: 'asc' });
    }
  });

  it('returns one file for each table in _data/figures/', () => {
    const tables = readdirSync('_data/figures').filter((name) => name.endsWith('.yaml'));
    assert.deepEqual(figures.files?.map((file) => file.file).sort(), tables.map((name) => `_data/figures/${name}`).sort());
  });

  it('returns the front matter fields of the page schema, and a Markdown body', () => {
    const fields = config.collections[0]?.fields ?? [];
    assert.deepEqual(
      fields.map((f) => [f.name, f.widget, f.required]),
      [
        ['title', 'string', true],
        ['order', 'report-place', true],
        ['summary', 'text', true],
        ['source', 'select', true],
        ['updated', 'datetime', true],
        ['publication', 'hidden', false],
        ['layout', 'hidden', false],
        ['body', 'markdown', undefined],
      ],
    );
    assert.deepEqual([field(fields, 'order')?.widget, field(fields, 'order')?.value_type, field(fields, 'order')?.min], ['report-place', 'int', 0]);
    assert.ok(field(fields, 'summary')?.hint);
    const updated = field(fields, 'updated');
    assert.deepEqual([updated?.format, updated?.time_format, updated?.default], ['YYYY-MM-DD', false, '{{now}}'], 'a date alone, today for a new section');
  });

  it('gives a new section the next free place, and opens its text in Markdown', () => {
    const fields = config.collections[0]?.fields ?? [];
    assert.equal(typeof field(fields, 'order')?.default, 'number');
    assert.ok((field(fields, 'order')?.default as number) > 0);
    assert.deepEqual(field(fields, 'body')?.modes, ['raw', 'rich_text']);
  });

  it('names each publication by its landing page title, hyphens and all', () => {
    assert.ok(config.collections.some((collection) => collection.label === 'The Tri-borough story'));
  });

  it('returns a figure-value widget for every value and stated total: numbers of 0 or more, or a range', () => {
    const values = everyTableField.filter((f) => f.name === 'value' || f.name === 'stated');
    assert.ok(values.length >= 5, `only ${values.length} value fields`);
    for (const value of values) assert.deepEqual([value.widget, value.value_type, value.min], [FIGURE_VALUE_WIDGET, 'float', 0]);
  });

  it('returns collapsed: false on every list, so no row is hidden', () => {
    const lists = [...everyTableField, ...config.collections.flatMap((c) => allFields(c.fields ?? []))].filter((f) => f.widget === 'list');
    assert.ok(lists.length > 0);
    for (const list of lists) assert.equal(list.collapsed, false, `${list.name} is collapsed`);
  });

  it('returns selects offering exactly the units, qualifiers and sources the schema allows', () => {
    const sourceIds = readCmsInputs(process.cwd()).sources.map((source) => source.id);
    const expected: Record<string, unknown[]> = { unit: Object.keys(UNITS), qualifier: [...QUALIFIERS], source: sourceIds };
    for (const [name, values] of Object.entries(expected)) {
      const selects = everyTableField.filter((f) => f.name === name);
      assert.ok(selects.length > 0, `no ${name} field to check`);
      for (const select of selects) assert.deepEqual(select.options?.map((option) => option.value), values, name);
    }
  });

  it('returns patterns that accept good ids, dates and text, and refuse bad ones', () => {
    const rows = tableFields('savings');
    const id = field(rows, 'rows', 'id')?.pattern;
    assert.ok(matches(id, 'corporate-services') && !matches(id, 'Corporate Services'));
    const date = field(rows, 'date')?.pattern;
    assert.ok(matches(date, '2017') && matches(date, '2017-08-10') && !matches(date, '2017-13'));
    const label = field(rows, 'rows', 'label')?.pattern;
    assert.ok(matches(label, "Children's services") && !matches(label, '<b>Children</b>') && !matches(label, ''));
  });

  it('returns required flags as the schema and the table say', () => {
    const savings = tableFields('savings');
    assert.deepEqual(['title', 'description', 'source'].map((name) => field(savings, name)?.required), [true, false, true]);
    assert.equal(field(savings, 'rows', 'value')?.required, true, 'a table without statements needs a value in every row');
    const keyFigures = tableFields('key-figures');
    assert.equal(field(keyFigures, 'rows', 'value')?.required, false);
    assert.equal(field(keyFigures, 'rows', 'unit')?.required, true, 'a table without a unit needs one in every row');
    assert.deepEqual(['value', 'source'].map((name) => field(keyFigures, 'rows', 'statements', name)?.required), [true, true]);
  });

  it('returns a statements list only for tables whose rows have statements, and a total only where there is one', () => {
    assert.ok(field(tableFields('key-figures'), 'rows', 'statements'));
    assert.equal(field(tableFields('savings'), 'rows', 'statements'), undefined);
    assert.equal(field(tableFields('key-figures'), 'total'), undefined);
    assert.ok(field(tableFields('savings'), 'total', 'stated'));
  });

  it('returns the fields of an optional group as optional, so rows without one save, and a list of words without fields', () => {
    const differs = field(tableFields('savings'), 'rows', 'differs');
    assert.deepEqual([differs?.widget, differs?.required], ['object', false]);
    assert.deepEqual(differs?.fields?.map((f) => [f.name, f.required]), [['note', false], ['with', false]]);
    assert.deepEqual([field(differs?.fields ?? [], 'with')?.widget, field(differs?.fields ?? [], 'with')?.fields], ['list', undefined]);
  });

  it('returns a row unit select, required, for a table without a unit', () => {
    const inputs: CmsInputs = {
      publications: [],
      sources: [{ id: 'a-source', title: 'A source', date: '2020' }],
      tables: [{ id: 'mixed', file: '_data/figures/mixed.yaml', data: { rows: [{ id: 'a', label: 'A', value: 1 }] } }],
    };
    const [file] = cmsConfig(inputs, targets).collections.find((collection) => collection.name === 'figures')?.files ?? [];
    assert.deepEqual([field(file?.fields ?? [], 'rows', 'unit')?.widget, field(file?.fields ?? [], 'rows', 'unit')?.required], ['select', true]);
  });

  it('returns a collection that starts a new figure table in _data/figures/, named after its title, listing no table', () => {
    const start = config.collections.find((collection) => collection.name === NEW_TABLE_COLLECTION);
    assert.deepEqual([start?.folder, start?.extension, start?.create, start?.slug, start?.filter], ['_data/figures', 'yaml', true, '{{slug}}', { field: 'title', value: '' }]);
    const names = start?.fields?.map((f) => f.name) ?? [];
    for (const name of ['notes', 'title', 'unit', 'source', 'rows']) assert.ok(names.includes(name), `no ${name} field`);
    assert.ok(!names.includes('total'), 'no stated total to fill in');
    assert.equal(field(start?.fields ?? [], 'rows', 'value')?.required, true, 'one value a row');
    assert.equal(field(start?.fields ?? [], 'title')?.required, true, 'the title names the file');
    assert.equal(field(start?.fields ?? [], 'unit')?.required, true, 'the rows have no unit of their own');
  });
});

describe('admin/config.yml', () => {
  it('returns the same text as the generator: run npm run cms:config when this fails', () => {
    assert.equal(readFileSync(CONFIG_FILE, 'utf8'), currentConfigYaml(process.cwd()));
  });
});

describe('npm run cms:config', () => {
  const dir = copyProject();
  mkdirSync(path.join(dir, 'admin'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/cms-config.ts', ...args], { cwd: dir, encoding: 'utf8' });

  it('writes the repository and OAuth service it is given as where the published screens save, as the publish workflow asks', () => {
    const result = run('--repository=westminster/tri-borough-report', '--auth-url=https://auth.example.gov.uk');
    assert.equal(result.status, 0, result.stderr);
    const written = parse(readFileSync(path.join(dir, CONFIG_FILE), 'utf8')) as { backend: object; local_backend: object };
    assert.deepEqual(written.backend, { name: 'github', repo: 'westminster/tri-borough-report', branch: 'main', base_url: 'https://auth.example.gov.uk' });
    assert.deepEqual(written.local_backend, { url: localBackendUrl() });
  });

  it('leaves out the OAuth service when given none, as when the workflow variable is not set', () => {
    assert.equal(run('--repository=westminster/tri-borough-report', '--auth-url=').status, 0);
    const written = parse(readFileSync(path.join(dir, CONFIG_FILE), 'utf8')) as { backend: object };
    assert.deepEqual(written.backend, { name: 'github', repo: 'westminster/tri-borough-report', branch: 'main' });
  });

  it('refuses a repository not written owner/name, and an address not https, saying how to write them', () => {
    const before = readFileSync(path.join(dir, CONFIG_FILE), 'utf8');
    const result = run('--repository=tri-borough-report', '--auth-url=http://auth.example.gov.uk');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--repository must be a GitHub repository written owner\/name, like westminster\/tri-borough-report — got "tri-borough-report"/);
    assert.match(result.stderr, /--auth-url must be the address of the OAuth service .* starting https:\/\//);
    assert.equal(readFileSync(path.join(dir, CONFIG_FILE), 'utf8'), before, 'nothing written');
  });
});
