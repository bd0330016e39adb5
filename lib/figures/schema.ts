/**
 * JSON Schemas for the YAML files editors write. Each field's `description` is also the
 * help an editor sees when the field is missing, so keep them plain and give an example.
 */
import { QUALIFIERS, UNITS } from './units.ts';

/** An id: lower-case words joined by hyphens. */
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** A date as sources give it: a year, a year and month, or a full date. */
export const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

/**
 * The largest figure a table may hold, in its unit: a thousand million leaves room to add many
 * such figures exactly (interval.ts holds millionths). A larger amount takes a larger unit.
 */
export const LARGEST_FIGURE = 1_000_000_000;

/** A figure: a decimal number, not negative (YAML is read with decimal numbers only: yaml-file.ts). */
const number = { type: 'number', minimum: 0, maximum: LARGEST_FIGURE } as const;

/** A number, or a range written as `{ min: 4, max: 5 }`. */
export const valueSchema = {
  description: 'a number, like 0.92, or a range, like { min: 4, max: 5 }',
  anyOf: [
    number,
    {
      type: 'object',
      required: ['min', 'max'],
      additionalProperties: false,
      properties: { min: number, max: number },
    },
  ],
} as const;

/** Plain text: editors write words; the page adds all markup, so a tag here is a mistake. */
export const text = (description: string) => ({ type: 'string', minLength: 1, not: { pattern: '<\\s*[a-zA-Z/!?]' }, description }) as const;

/** The headings of a table's two columns: what each row is, and what its value is. */
export const columnsSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'the column headings readers see, like { labels: Service area, values: Savings }',
  properties: {
    labels: text('the heading of the column of row labels, like Service area'),
    values: text('the heading of the column of values, like Savings'),
  },
} as const;

/** The fields a single value or a dated statement may carry. */
const statementFields = {
  value: valueSchema,
  approximate: { type: 'boolean', description: 'true when the source gives the value as approximate ("~")' },
  qualifier: { enum: QUALIFIERS, description: `the word before the number in the source: ${QUALIFIERS.join(', ')}` },
  source: { type: 'string', pattern: ID_PATTERN, description: 'the id of a source in _data/sources.yaml' },
  date: { type: 'string', pattern: DATE_PATTERN, description: 'when the source says it, like "2017-08-10"' },
  period: text('the period the value applies to, like 2012/13'),
  note: text('a short note shown with the value'),
} as const;

const statementSchema = {
  type: 'object',
  required: ['value', 'source'],
  additionalProperties: false,
  properties: statementFields,
} as const;

/**
 * Why a measure's figures differ: the row's own statements, and any other figures (`with`) that
 * measure the same thing another way. Pages citing any of them show the note with every figure.
 */
const differsSchema = {
  type: 'object',
  required: ['note'],
  additionalProperties: false,
  description: 'why the figures differ, like { note: The 2017 page gives an average., with: [net-fiscal-benefits.total] }',
  properties: {
    note: text('one sentence saying why the figures differ, from what the sources say'),
    with: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$', description: 'another figure, written table.row, like net-fiscal-benefits.total' },
      description: 'other figures that measure the same thing differently, like [net-fiscal-benefits.employability]',
    },
  },
} as const;

const rowSchema = {
  type: 'object',
  required: ['id', 'label'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: ID_PATTERN, description: 'a short lower-case name, like corporate-services' },
    label: text('the name readers see, like Corporate Services'),
    unit: { enum: Object.keys(UNITS), description: `the unit: ${Object.keys(UNITS).join(', ')}` },
    statements: { type: 'array', minItems: 1, items: statementSchema, description: 'dated values from different sources' },
    differs: differsSchema,
    ...statementFields,
  },
} as const;

/** A figure table: one YAML file in _data/figures/, named after its id. */
export const tableSchema = {
  type: 'object',
  description: 'a figure table: its title:, source: and rows:, as in the other files in _data/figures/',
  required: ['title', 'source', 'rows'],
  additionalProperties: false,
  properties: {
    notes: text('notes for the people who edit this table, never shown on the site: where its figures come from, what to change together'),
    title: text('the table title, like Tri-borough savings to date'),
    description: text('one sentence saying what the table shows'),
    unit: { enum: Object.keys(UNITS), description: `the unit of every row: ${Object.keys(UNITS).join(', ')}` },
    period: text('the period the figures apply to, like 2012/13'),
    source: { type: 'string', pattern: ID_PATTERN, description: 'the id of a source in _data/sources.yaml' },
    date: statementFields.date,
    columns: columnsSchema,
    total: {
      type: 'object',
      additionalProperties: false,
      description: 'a total row: { label: Total, stated: 9.92 }',
      properties: { label: text('the total row label, like Total'), stated: valueSchema },
    },
    chart: { type: 'object', description: 'how to chart the table, like { type: bar, sort: descending }' },
    rows: { type: 'array', minItems: 1, items: rowSchema, description: 'the rows of the table' },
  },
} as const;

/** The list of sources in _data/sources.yaml. */
export const sourcesSchema = {
  type: 'array',
  description: 'the list of sources, each starting "- id:" on a line of its own',
  minItems: 1,
  items: {
    type: 'object',
    required: ['id', 'title', 'publisher', 'date'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: ID_PATTERN, description: 'a short lower-case name, like community-budgets-2017' },
      title: text('the document title'),
      publisher: text('who published it'),
      date: { type: 'string', pattern: DATE_PATTERN, description: 'its date, like "2017-08-10" or "2013"' },
      kind: text('what it is, like Web page or Printed brochure'),
      where: text('where to read it'),
      url: { type: 'string', pattern: '^https://', description: 'its web address, starting https://' },
      dated: { enum: ['published', 'updated'], description: 'published for a document issued once on its date, updated for a page last changed on its date' },
      age: text('what readers should know of its age, shown after its date, like this brochure describes the plans of that time'),
    },
  },
} as const;
