/**
 * Chart specs are written by editors and pull requests, so they are data, never a way to read
 * the build machine's files or reach the network: every attack is built in a copy of the project
 * and must stop at its line, keep the old site, and send nothing to a server the test runs.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lineOf } from '../fixtures/broken-inputs.ts';
import { build, buildCases, copyProject, copySite, hashTree, type CaseBuild } from '../fixtures/project-copy.ts';

const FAMILIES = '_data/charts/families.yaml';
const PAGE = '_site/community-budgets/achievements/index.html';
/** What .git/config holds on GitHub Actions: the checkout's token. */
const TOKEN = 'ghs_notARealTokenButTheBuildMustNeverPublishIt';

const copies: string[] = [];
const requests: string[] = [];
let server: Server;
let port = 0;
let good = '';
let goodSiteHash = '';
/** Each attack's and each unreadable data file's copy and build (built together, many to a process: buildCases). */
let builds = new Map<Attack | DataFileFailure, Promise<CaseBuild>>();
/** The requests the server had received before the attacks were built: the good build's. */
let requestsBeforeAttacks = 0;

before(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('label,value\nLeaked,1\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  good = copy();
  const result = await build(good, ['--quiet']);
  assert.equal(result.code, 0, result.output);
  goodSiteHash = hashTree(path.join(good, '_site'));
  requestsBeforeAttacks = requests.length;
  // Every attack is built before any case looks at the server's requests: each case checks there were none.
  builds = buildCases<Attack | DataFileFailure>([...attacks, ...dataFileFailures], (item) => {
    const dir = copy();
    mkdirSync(path.join(dir, '_data/chart-data'), { recursive: true });
    if ('spec' in item) {
      copySite(good, dir);
      item.prepare?.(dir);
      appendFileSync(path.join(dir, FAMILIES), item.spec());
    } else {
      item.prepare(dir);
      appendFileSync(path.join(dir, FAMILIES), CSV_SPEC);
    }
    return dir;
  });
  await Promise.allSettled(builds.values());
});

after(() => {
  server.close();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project whose .git/config holds a token, as a CI checkout's does. */
function copy(): string {
  const dir = copyProject();
  copies.push(dir);
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, '.git/config'), `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`);
  return dir;
}

/** A text chart that would print every line of the file it reads: the attack in issue #16. */
const textOf = (url: string, format = '{ type: dsv, delimiter: "|" }') =>
  `spec:\n  mark: text\n  data:\n    url: ${url}\n    format: ${format}\n  encoding:\n    text: { field: "[core]" }\n    y: { field: "[core]", type: nominal }\n`;

interface Attack {
  name: string;
  spec: () => string;
  /** Text on the line the message must name. */
  at: () => string;
  message: RegExp;
  prepare?: (dir: string) => void;
  /** Where the message points when it is not the spec's line: a file the checks refuse before any chart is read. */
  reportedFile?: string;
}

const elsewhere = /the chart's data address ".*" points outside the report's chart data .* save the data as a \.csv file in _data\/chart-data\//;
const badName = /is not the name of a \.csv or \.tsv file in _data\/chart-data\/: save the data there/;

const attacks: Attack[] = [
  { name: '.git/config read as text', spec: () => textOf('.git/config'), at: () => 'url: .git/config', message: badName },
  { name: 'a file: address', spec: () => textOf('file:///etc/passwd'), at: () => 'url: file:///etc/passwd', message: elsewhere },
  { name: 'an absolute path', spec: () => textOf('/etc/passwd'), at: () => 'url: /etc/passwd', message: elsewhere },
  { name: 'a server on this machine', spec: () => textOf(`http://127.0.0.1:${port}/x.csv`), at: () => `url: http://127.0.0.1:${port}`, message: elsewhere },
  { name: 'another site', spec: () => textOf('https://example.com/x.csv', '{ type: csv }'), at: () => 'url: https://example.com/x.csv', message: elsewhere },
  { name: 'a path climbing out with ..', spec: () => textOf('../../etc/hostname'), at: () => 'url: ../../etc/hostname', message: elsewhere },
  { name: 'a path climbing out, encoded', spec: () => textOf('"%2e%2e/%2e%2e/.git/config"'), at: () => 'url: "%2e%2e/', message: elsewhere },
  { name: 'a protocol-relative address', spec: () => textOf('//example.com/x.json', '{ type: json }'), at: () => 'url: //example.com', message: elsewhere },
  { name: 'a data: address', spec: () => textOf('"data:text/csv,label%0ALeaked"', '{ type: csv }'), at: () => 'url: "data:', message: elsewhere },
  {
    name: 'a file in the data folder linking to .git/config',
    prepare: (dir) => symlinkSync('../../.git/config', path.join(dir, '_data/chart-data/linked.csv')),
    spec: () => textOf('linked.csv'),
    at: () => 'url: linked.csv',
    // The file checks refuse every link in _data/ at its path, before any chart is read.
    reportedFile: '_data/chart-data/linked.csv',
    message: /_data\/chart-data\/linked\.csv: this is a symbolic link, which the build does not follow/,
  },
  {
    name: "a layer's own data from a server",
    spec: () => `spec:\n  layer:\n    - mark: bar\n      encoding:\n        x: { field: value, type: quantitative }\n    - mark: text\n      data: { url: "http://127.0.0.1:${port}/layer.csv" }\n      encoding:\n        text: { field: label }\n`,
    at: () => 'data: { url: "http://127.0.0.1',
    message: elsewhere,
  },
  {
    name: "a lookup's data from a server",
    spec: () => `spec:\n  mark: bar\n  transform:\n    - lookup: label\n      from:\n        data:\n          url: http://127.0.0.1:${port}/lookup.csv\n        key: label\n        fields: [secret]\n  encoding:\n    x: { field: value, type: quantitative }\n`,
    at: () => `url: http://127.0.0.1:${port}/lookup.csv`,
    message: elsewhere,
  },
  {
    name: 'a link in an encoding',
    spec: () => 'spec:\n  mark: bar\n  encoding:\n    x: { field: value, type: quantitative }\n    y: { field: label, type: nominal }\n    href: { value: "https://example.com/" }\n',
    at: () => 'href: { value:',
    message: /a chart cannot hold links \(href\)/,
  },
  {
    name: 'an image mark',
    spec: () => 'spec:\n  mark: { type: image, width: 20, height: 20, url: "images/logo.png" }\n  encoding:\n    x: { field: value, type: quantitative }\n',
    at: () => 'mark: { type: image',
    message: /a chart cannot show images \(url\)/,
  },
  {
    name: 'a colour pointing at another site',
    spec: () => 'spec:\n  mark: { type: bar, fill: "url(https://example.com/x.svg#a)" }\n  encoding:\n    x: { field: value, type: quantitative }\n',
    at: () => 'mark: { type: bar, fill:',
    message: /"url\(https:\/\/example\.com\/x\.svg#a\)" points the chart's drawing at another file or site/,
  },
];

/** A spec reading _data/chart-data/boroughs.csv. */
const CSV_SPEC = 'spec:\n  mark: bar\n  data: { url: boroughs.csv }\n  encoding:\n    y: { field: borough, type: nominal }\n    x: { field: saving, type: quantitative }\n';

/** A data file the build cannot read, and what it must say. */
interface DataFileFailure {
  name: string;
  prepare: (dir: string) => void;
  message: RegExp;
}

const boroughsCsv = (dir: string) => path.join(dir, '_data/chart-data/boroughs.csv');
const dataFileFailures: DataFileFailure[] = [
  { name: 'a missing file', prepare: () => undefined, message: /does not exist: save the data there/ },
  { name: 'an empty file', prepare: (dir) => writeFileSync(boroughsCsv(dir), ''), message: /has no rows of data/ },
  { name: 'a file with only its heading line', prepare: (dir) => writeFileSync(boroughsCsv(dir), 'borough,saving\n'), message: /has no rows of data/ },
  { name: 'a folder named like a file', prepare: (dir) => mkdirSync(boroughsCsv(dir)), message: /cannot be read \(it is a folder, not a file\)/ },
];

describe('build with a chart spec that reads elsewhere', () => {
  for (const attack of attacks) {
    it(`exits 1 at the spec's line, keeps the old site and reaches no server, for ${attack.name}`, async () => {
      const { dir, code, output } = await (builds.get(attack) ?? Promise.reject(new Error('never built')));
      const before = requestsBeforeAttacks;
      assert.equal(code, 1, output);
      const where = attack.reportedFile ? `${attack.reportedFile}: ` : `${FAMILIES}:${lineOf(path.join(dir, FAMILIES), attack.at())}:\\d+: `;
      assert.match(output, new RegExp(`^${where}`, 'm'), output);
      assert.match(output, attack.message);
      assert.doesNotMatch(output, new RegExp(TOKEN));
      assert.equal(hashTree(path.join(dir, '_site')), goodSiteHash, 'the previous _site/ must be byte-identical');
      assert.deepEqual(requests.slice(before), [], 'the server must receive no request');
    });
  }
});

describe('build with a chart spec reading a CSV from _data/chart-data/', () => {
  for (const failure of dataFileFailures) {
    it(`exits 1 at the spec's line for ${failure.name}`, async () => {
      const { dir, code, output } = await (builds.get(failure) ?? Promise.reject(new Error('never built')));
      assert.equal(code, 1, output);
      const line = lineOf(path.join(dir, FAMILIES), 'url: boroughs.csv');
      assert.match(output, new RegExp(`^${FAMILIES}:${line}:\\d+: the chart's data file _data/chart-data/boroughs\\.csv `, 'm'), output);
      assert.match(output, failure.message);
    });
  }

  it('draws a layered chart whose layers each read a file (issue 14: not "Unrecognized data set")', async () => {
    const dir = copy();
    mkdirSync(path.join(dir, '_data/chart-data'), { recursive: true });
    writeFileSync(path.join(dir, '_data/chart-data/boroughs.csv'), 'borough,saving\nKensington and Chelsea,2.5\nWestminster,3.75\n');
    writeFileSync(path.join(dir, '_data/chart-data/targets.csv'), 'borough,target\nKensington and Chelsea,3\nWestminster,4\n');
    const layer = (file: string, mark: string, field: string) => `    - mark: ${mark}\n      data: { url: ${file} }\n      encoding:\n        y: { field: borough, type: nominal }\n        x: { field: ${field}, type: quantitative }\n`;
    appendFileSync(path.join(dir, FAMILIES), `spec:\n  layer:\n${layer('boroughs.csv', 'bar', 'saving')}${layer('targets.csv', 'tick', 'target')}`);
    const { code, output } = await build(dir);
    assert.equal(code, 0, output);
    assert.match(readFileSync(path.join(dir, PAGE), 'utf8'), /<text[^>]*>Kensington and Chelsea<\/text>/);
  });

  it("draws the file's rows, and draws them again when the file changes", async () => {
    const dir = copy();
    mkdirSync(path.join(dir, '_data/chart-data'), { recursive: true });
    const csv = path.join(dir, '_data/chart-data/boroughs.csv');
    writeFileSync(csv, 'borough,saving\nHammersmith and Fulham,1.25\nKensington and Chelsea,2.5\nWestminster,3.75\n');
    appendFileSync(path.join(dir, FAMILIES), CSV_SPEC);
    const first = await build(dir);
    assert.equal(first.code, 0, first.output);
    const page = () => readFileSync(path.join(dir, PAGE), 'utf8');
    assert.match(page(), /<text[^>]*>Kensington and Chelsea<\/text>/);
    writeFileSync(csv, 'borough,saving\nHammersmith and Fulham,1.25\nKensington and Chelsea,2.5\nCity of Westminster,3.75\n');
    const second = await build(dir);
    assert.equal(second.code, 0, second.output);
    assert.match(page(), /<text[^>]*>City of Westminster<\/text>/, 'the chart is drawn from the new file, not taken from the cache');
    assert.deepEqual(requests, []);
  });
});
