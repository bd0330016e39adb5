/**
 * The second guard: whatever slips past the build's checks of a spec, vega itself reads no file,
 * fetches nothing and writes no link or image address. drawSvg is called directly here, below
 * the checks, with specs the checks would refuse.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { TopLevelSpec } from 'vega-lite';
import { drawAlone, drawSvg } from '../../lib/charts/draw-svg.ts';

const requests: string[] = [];
let server: Server;
let base = '';

before(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('label,value\nLeaked,1\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

const x = { field: 'value', type: 'quantitative' };
const rows = [{ label: 'Alpha', value: 1, link: 'https://example.com/', picture: 'file:///etc/passwd' }];

const sneaky: Array<[string, () => object]> = [
  ['data from a local server', () => ({ data: { url: `${base}/data.csv` }, mark: 'bar', encoding: { x } })],
  ['data from a file: address', () => ({ data: { url: 'file:///etc/hostname', format: { type: 'dsv', delimiter: '|' } }, mark: 'text', encoding: { text: { field: 'a' } } })],
  ['data from a relative path', () => ({ data: { url: '.git/config', format: { type: 'dsv', delimiter: '|' } }, mark: 'text', encoding: { text: { field: 'a' } } })],
  ["a layer's own data", () => ({ data: { values: rows }, layer: [{ mark: 'bar', encoding: { x } }, { data: { url: `${base}/layer.csv` }, mark: 'text', encoding: { text: { field: 'label' } } }] })],
  ["a lookup's data", () => ({ data: { values: rows }, transform: [{ lookup: 'label', from: { data: { url: `${base}/lookup.csv` }, key: 'label', fields: ['value'] }, as: ['other'] }], mark: 'bar', encoding: { x } })],
  ['an image address built by an expression', () => ({ data: { values: rows }, mark: { type: 'image', width: 10, height: 10, url: { expr: "'file:///etc/' + 'passwd'" } }, encoding: { x } })],
  ['an image address from the data', () => ({ data: { values: rows }, mark: { type: 'image', width: 10, height: 10 }, encoding: { x, url: { field: 'picture' } } })],
  ['a link from the data', () => ({ data: { values: rows }, mark: 'bar', encoding: { x, href: { field: 'link' } } })],
];

describe('drawSvg', () => {
  for (const [name, spec] of sneaky) {
    for (const [how, draw] of [['with a shared view', drawSvg], ['alone', drawAlone]] as const) {
      it(`throws, having loaded nothing, for ${name} (${how})`, async () => {
        const before = requests.length;
        await assert.rejects(draw(spec() as TopLevelSpec), /it asks to load ".+", and charts read only the data files the build has checked/);
        assert.deepEqual(requests.slice(before), [], 'the server must receive no request');
      });
    }
  }

  it('returns a chart drawn from its own rows, after a refused one, with no link or image in it', async () => {
    await assert.rejects(drawSvg({ data: { values: rows }, mark: 'bar', encoding: { x, href: { field: 'link' } } } as TopLevelSpec));
    const svg = await drawSvg({ data: { values: rows }, mark: 'bar', encoding: { x, y: { field: 'label', type: 'nominal' } } } as TopLevelSpec);
    assert.match(svg, />Alpha</);
    assert.doesNotMatch(svg, /<a\b|<image\b|href=/);
  });
});
