/**
 * Turns one property of our JSON Schemas (lib/figures/schema.ts, lib/content/page-schema.ts)
 * into a Decap CMS field, so the editing screens accept exactly what the build accepts.
 */
import type { DecapField } from './decap-types.ts';
import { ITEM_SUMMARIES, MULTILINE_FIELDS, SINGULAR_LABELS, fieldLabel, hintOf } from './field-labels.ts';

/** The subset of JSON Schema our schemas use. */
export interface SchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly not?: { readonly pattern?: string };
  readonly properties?: { readonly [name: string]: SchemaNode };
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
}

/** A source an editor may pick, from _data/sources.yaml. */
export interface SourceOption {
  id: string;
  title: string;
  date: string;
}

/** What a field needs to know beyond its schema. */
export interface FieldContext {
  sources: readonly SourceOption[];
}

/** The widget for a figure value: a number, or a range when "Range" is ticked (admin/figure-value.js). */
export const FIGURE_VALUE_WIDGET = 'figure-value';

/**
 * The Decap field for one schema property. A property editors do not edit (an object with no
 * declared properties, such as a table's chart settings) is a hidden field: Decap keeps its value,
 * and writes it back in its place rather than at the end of the file.
 * @param required whether the schema lists the property as required.
 */
export function schemaField(name: string, schema: SchemaNode, required: boolean, context: FieldContext): DecapField | undefined {
  const base = { name, label: fieldLabel(name), required, ...optionalHint(name, schema.description) };
  if (isValueSchema(schema)) return { ...base, widget: FIGURE_VALUE_WIDGET, value_type: 'float', ...leastOf(schema) };
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map((value) => ({ label: value, value })) };
  if (name === 'source' && schema.type === 'string') return sourceField(base, context);
  if (schema.type === 'string') return stringField(base, schema);
  if (schema.type === 'integer' || schema.type === 'number') return numberField(base, schema);
  if (schema.type === 'boolean') return { ...base, widget: 'boolean' };
  if (schema.type === 'array' && schema.items) return listField(base, schema, schema.items, context);
  if (schema.type === 'object' && schema.properties) return { ...base, widget: 'object', collapsed: false, fields: optionalWhen(!required, objectFields(schema, context)) };
  if (schema.type === 'object') return { name, label: base.label, widget: 'hidden', required: false };
  return undefined;
}

/** The fields of an object schema, in the schema's order, with its required flags. */
export function objectFields(schema: SchemaNode, context: FieldContext): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([name, property]) => schemaField(name, property, required.has(name), context))
    .filter((field): field is DecapField => field !== undefined);
}

/**
 * Decap requires an optional group's required fields even when the group is left out (a row's
 * `differs: { note }`), refusing to save every row without one: there they are optional, and
 * the build still refuses a group written without them.
 */
function optionalWhen(optional: boolean, fields: DecapField[]): DecapField[] {
  return optional ? fields.map((field) => ({ ...field, required: false })) : fields;
}

/** Whether a schema is a figure value: a number, or a `{ min, max }` range. */
export function isValueSchema(schema: SchemaNode): boolean {
  const kinds = (schema.anyOf ?? []).map((option) => option.type);
  return kinds.includes('number') && kinds.includes('object');
}

/** The least a figure value may be, from the schema's number option: `{ min: 0 }` for ours. */
function leastOf(schema: SchemaNode): { min?: number } {
  const least = schema.anyOf?.find((option) => option.type === 'number')?.minimum;
  return least === undefined ? {} : { min: least };
}

function optionalHint(name: string, description: string | undefined): { hint?: string } {
  const hint = hintOf(name, description);
  return hint ? { hint } : {};
}

function sourceField(base: Omit<DecapField, 'widget'>, context: FieldContext): DecapField {
  const options = context.sources.map((source) => ({ label: `${source.title} (${source.date})`, value: source.id }));
  return { ...base, widget: 'select', options };
}

function stringField(base: Omit<DecapField, 'widget'>, schema: SchemaNode): DecapField {
  const widget = MULTILINE_FIELDS.has(base.name) ? 'text' : 'string';
  const pattern = stringPattern(schema, base.hint);
  return pattern ? { ...base, widget, pattern } : { ...base, widget };
}

/**
 * The schema's rules for a string as one regular expression Decap can test: its pattern, or
 * for plain text, "not empty, no HTML tag, not too long".
 */
export function stringPattern(schema: SchemaNode, hint: string | undefined): [string, string] | undefined {
  if (schema.pattern) return [schema.pattern, hint ?? 'Check the format'];
  if (!schema.not?.pattern && schema.minLength === undefined && schema.maxLength === undefined) return undefined;
  const forbid = schema.not?.pattern ? `(?![\\s\\S]*${schema.not.pattern})` : '';
  const length = `{${schema.minLength ?? 0},${schema.maxLength ?? ''}}`;
  const limit = schema.maxLength ? `, at most ${schema.maxLength} characters` : '';
  return [`^${forbid}[\\s\\S]${length}$`, `Write plain words, with no HTML tags${limit}`];
}

function numberField(base: Omit<DecapField, 'widget'>, schema: SchemaNode): DecapField {
  const valueType = schema.type === 'integer' ? 'int' : 'float';
  return schema.minimum === undefined ? { ...base, widget: 'number', value_type: valueType } : { ...base, widget: 'number', value_type: valueType, min: schema.minimum };
}

function listField(base: Omit<DecapField, 'widget'>, schema: SchemaNode, items: SchemaNode, context: FieldContext): DecapField {
  const min = schema.minItems === undefined ? {} : { min: schema.minItems };
  const singular = SINGULAR_LABELS[base.name];
  const summary = ITEM_SUMMARIES[base.name];
  const label = { ...(singular ? { label_singular: singular } : {}), ...(summary ? { summary } : {}) };
  // A list of plain values (differs: with: [table.row]) is Decap's list of words: it has no fields.
  const fields = items.type === 'string' ? {} : { fields: objectFields(items, context) };
  return { ...base, ...label, widget: 'list', collapsed: false, add_to_top: false, ...min, ...fields };
}
