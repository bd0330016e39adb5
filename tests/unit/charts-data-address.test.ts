import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartDataFile } from '../../lib/charts/chart-data-folder.ts';
import { specAddresses } from '../../lib/charts/spec-addresses.ts';

describe('chartDataFile', () => {
  it('returns the file in _data/chart-data/ a plain name or root-relative path names', () => {
    assert.deepEqual(chartDataFile('boroughs.csv'), { file: '_data/chart-data/boroughs.csv', type: 'csv' });
    assert.deepEqual(chartDataFile('2017/by-borough.TSV'), { file: '_data/chart-data/2017/by-borough.TSV', type: 'tsv' });
    assert.deepEqual(chartDataFile('_data/chart-data/boroughs.csv'), { file: '_data/chart-data/boroughs.csv', type: 'csv' });
  });

  const elsewhere = ['file:///etc/passwd', 'http://127.0.0.1:8080/x.csv', 'https://example.com/x.csv', 'HTTPS://example.com/x.csv', '//example.com/x.csv',
    'data:text/csv,a%0A1', '/etc/passwd', '\\\\host\\share\\x.csv', 'C:\\data\\x.csv', '../../etc/hostname', 'a/../../x.csv', '%2e%2e/%2e%2e/x.csv', 'x%2Ecsv', '_data/chart-data/../../x.csv'];
  for (const url of elsewhere) {
    it(`returns a problem saying where to save the file, for ${url}`, () => {
      const result = chartDataFile(url);
      assert.ok('problem' in result, `${url} must be refused`);
      assert.match(result.problem, /points outside the report's chart data .* save the data as a \.csv file in _data\/chart-data\//);
    });
  }

  for (const url of ['.git/config', 'boroughs.json', 'boroughs', 'a//b.csv', 'a/.hidden.csv', '', 42, { field: 'x' }]) {
    it(`returns a problem asking for a file name, for ${JSON.stringify(url)}`, () => {
      const result = chartDataFile(url);
      assert.ok('problem' in result, `${String(url)} must be refused`);
    });
  }
});

describe('specAddresses', () => {
  it('returns every data url, image url, link and url() in a style, wherever written, and none inside rows of data', () => {
    const spec = {
      data: { url: 'top.csv' },
      layer: [{ data: { url: 'layer.csv' }, mark: { type: 'image', url: 'x.png' } }],
      hconcat: [{ transform: [{ lookup: 'id', from: { data: { url: 'lookup.csv' }, key: 'id' } }], encoding: { href: { field: 'h' } } }],
      facet: { field: 'f' },
      spec: { data: { url: 'facet.csv' } },
      config: { mark: { href: 'https://example.com/' }, bar: { fill: 'URL (https://example.com/x.svg#a)', stroke: '#1d70b8' } },
      datasets: { rows: [{ url: 'a row', href: 'a row' }] },
      usermeta: { url: 'a note' },
      encoding: { x: { axis: { values: [{ url: 'not spec' }] } } },
    };
    assert.deepEqual(specAddresses(spec).map(({ kind, path }) => `${kind} ${path.join('.')}`), [
      'data data.url',
      'data layer.0.data.url',
      'image layer.0.mark.url',
      'data hconcat.0.transform.0.from.data.url',
      'link hconcat.0.encoding.href',
      'data spec.data.url',
      'link config.mark.href',
      'style config.bar.fill',
    ]);
  });
});
