import type { DecapField } from './decap-types.ts';

/**
 * Rewrites every field in a tree of fields, children first.
 * @example mapFields(fields, (field) => (field.widget === 'list' ? { ...field, collapsed: false } : field))
 */
export function mapFields(fields: readonly DecapField[], rewrite: (field: DecapField) => DecapField): DecapField[] {
  return fields.map((field) => rewrite(field.fields ? { ...field, fields: mapFields(field.fields, rewrite) } : field));
}

/** Every field in a tree of fields, parents before their children. */
export function allFields(fields: readonly DecapField[]): DecapField[] {
  return fields.flatMap((field) => [field, ...allFields(field.fields ?? [])]);
}
