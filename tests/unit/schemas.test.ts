/**
 * The JSON Schemas editors' files are checked against are themselves valid JSON Schema: the
 * build skips this check (lib/figures/validate-schema.ts) to save compiling the meta-schema.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { chartDefinitionSchema, tableChartSchema } from '../../lib/charts/chart-schema.ts';
import { pageSchema } from '../../lib/content/page-schema.ts';
import { sourcesSchema, tableSchema } from '../../lib/figures/schema.ts';
import { siteSchema } from '../../lib/site/site-schema.ts';

const schemas = { pageSchema, sourcesSchema, tableSchema, tableChartSchema, chartDefinitionSchema, siteSchema };

describe('the schemas of editors’ files', () => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} is valid JSON Schema, with no keyword ajv does not know`, () => {
      assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
      assert.doesNotThrow(() => ajv.compile(schema));
    });
  }

  it('returns errors for a schema with a mistake, so the checks above can fail', () => {
    assert.equal(ajv.validateSchema({ type: 'strng' }), false);
    assert.throws(() => ajv.compile({ type: 'string', minLenght: 1 }), /unknown keyword/);
  });
});
