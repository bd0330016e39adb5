/**
 * YAML read back from the cache (lib/figures/parsed-yaml-cache.ts) must be the same data, with
 * the same positions for messages, as YAML parsed afresh; and only what JSON carries unchanged
 * is cached.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedYamlData } from '../../lib/figures/parsed-yaml-cache.ts';
import { parseYamlFile } from '../../lib/figures/yaml-file.ts';

/** A text no other test parses, so the first parse in this process is never a cache hit. */
function unique(text: string): string {
  return `# ${process.pid} ${Math.random()}\n${text}`;
}

describe('parseYamlFile with the parsed-YAML cache', () => {
  it('returns the same data and the same positions when the text was parsed before', () => {
    const text = unique('title: Savings\nrows:\n  - id: libraries\n    value: { min: 4, max: 5 }\n');
    assert.equal(cachedYamlData(text), undefined);
    const fresh = parseYamlFile(text, 'a.yaml').yaml;
    const cached = cachedYamlData(text);
    assert.deepEqual(cached?.data, fresh?.data);
    const again = parseYamlFile(text, 'a.yaml').yaml;
    assert.deepEqual(again?.data, fresh?.data);
    assert.notEqual(again?.data, fresh?.data, 'a new object each time, so no caller changes another’s');
    assert.deepEqual(again?.locate(['rows', 0, 'value']), { file: 'a.yaml', line: 5, col: 12 });
    assert.deepEqual(again?.locate(['rows', 0, 'value']), fresh?.locate(['rows', 0, 'value']));
    assert.deepEqual(again?.locateKey(['rows', 0], 'id'), fresh?.locateKey(['rows', 0], 'id'));
  });

  it('returns data JSON would change, like .inf, parsed afresh and never from the cache', () => {
    const text = unique('value: .inf\n');
    const data = parseYamlFile(text, 'b.yaml').yaml?.data as { value: number } | undefined;
    assert.equal(data?.value, Infinity);
    assert.equal(cachedYamlData(text), undefined);
  });

  it('returns the problem every time for text that cannot be read, which is never cached', () => {
    const text = unique('title: [unclosed\n');
    assert.equal(parseYamlFile(text, 'c.yaml').problems.length, 1);
    assert.equal(cachedYamlData(text), undefined);
    assert.equal(parseYamlFile(text, 'c.yaml').problems.length, 1);
  });
});
