/**
 * JSON Schemas for charts written in YAML: a table's `chart:` field and the chart definition
 * files in _data/charts/. Each `description` is the help an editor sees, so give an example.
 */
import { columnsSchema } from '../figures/schema.ts';

const text = (description: string) => ({ type: 'string', minLength: 1, description }) as const;

const specSchema = {
  type: 'object',
  description: 'a Vega-Lite spec written in YAML, like { mark: bar, encoding: { ... } }',
} as const;

/** A table's `chart:` field, like `{ type: bar, sort: descending }`. */
export const tableChartSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'how to chart the table, like { type: bar, sort: descending }',
  properties: {
    type: { enum: ['bar'], description: 'the kind of chart: bar' },
    sort: { enum: ['descending', 'ascending', 'none'], description: 'the order of the bars: descending, ascending or none' },
    title: text('the chart headline, like Savings to date by area'),
    spec: specSchema,
  },
} as const;

// Figure ids are checked against the registry, which can suggest the id meant.
const figureRefSchema = {
  anyOf: [
    { type: 'string', minLength: 1, description: 'a figure id, like key-figures.care-weeks-before' },
    {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, description: 'a figure id, like key-figures.care-weeks-before' },
        label: text('a short label for its bars, like Before the pilot'),
      },
    },
  ],
  description: 'a figure id, like key-figures.care-weeks-before, or { id: ..., label: Before the pilot }',
} as const;

/** A chart definition file in _data/charts/<id>.yaml. */
export const chartDefinitionSchema = {
  type: 'object',
  // A spec may bring its own headline and data: load-chart-definition.ts asks for what is missing.
  additionalProperties: false,
  properties: {
    title: text('the chart headline in words, like Care proceedings take half as long'),
    description: text('one sentence saying what is measured, like Average length of care proceedings, in weeks'),
    kind: {
      enum: ['before-after', 'against-target', 'bars'],
      description: 'what the chart compares: before-after, against-target or bars',
    },
    figures: { type: 'array', minItems: 1, items: figureRefSchema, description: 'the figures to chart, like [key-figures.care-weeks-before]' },
    columns: columnsSchema,
    spec: specSchema,
  },
} as const;
