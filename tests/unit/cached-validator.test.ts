/**
 * Compiled validators kept as code (lib/figures/cached-validator.ts) must judge exactly as ajv's
 * freshly compiled ones do, errors and all, since the plain-English messages are made from them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { VALIDATOR_CACHE_DIR, cachedValidator } from '../../lib/figures/cached-validator.ts';
import { tableSchema } from '../../lib/figures/schema.ts';

const OPTIONS = { allErrors: true, strict: false, verbose: true, validateSchema: false };
const temporary = mkdtempSync(path.join(tmpdir(), 'cached-validator-'));
after(() => rmSync(temporary, { recursive: true, force: true }));

const broken = { title: 'Savings', source: 'x', rows: [{ id: 'a', label: '<b>A</b>', value: { min: 'four' } }, { label: 'B' }] };

function errorsOf(validate: (data: unknown) => boolean, data: unknown): unknown {
  validate(data);
  return (validate as unknown as { errors: unknown }).errors;
}

describe('cachedValidator', () => {
  const fresh = new Ajv(OPTIONS).compile(tableSchema);

  it('returns a validator with the same errors as ajv’s own, then keeps it as code in the cache', () => {
    const compiled = cachedValidator(tableSchema, OPTIONS, temporary);
    assert.deepEqual(errorsOf(compiled, broken), errorsOf(fresh, broken));
    assert.equal(readdirSync(path.join(temporary, VALIDATOR_CACHE_DIR)).filter((name) => name.endsWith('.js')).length, 1);
  });

  it('returns the kept validator next time, with the same errors and the same verdict on good data', () => {
    const loaded = cachedValidator(tableSchema, OPTIONS, temporary);
    assert.deepEqual(errorsOf(loaded, broken), errorsOf(fresh, broken));
    const good = { title: 'Savings', source: 'x', rows: [{ id: 'a', label: 'A', value: 1 }] };
    assert.equal(loaded(good), fresh(good));
  });

  it('returns a working validator when the cache cannot be written', () => {
    const blocked = path.join(temporary, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder would be');
    const validate = cachedValidator({ type: 'object', required: ['x'] }, OPTIONS, blocked);
    assert.equal(validate({}), false);
    assert.equal(validate({ x: 1 }), true);
  });
});
