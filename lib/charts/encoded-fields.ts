/** A field a spec's encodings draw, with the type it is drawn as. */
export interface EncodedField {
  field: string;
  type: string;
}

// Rows of data and free-form notes are not encodings, whatever their field names.
const NOT_SPEC = new Set(['values', 'datasets', 'usermeta', 'data']);

/**
 * Every field a Vega-Lite spec encodes (`encoding: { x: { field: a, type: quantitative } }`),
 * in layers, concatenated and repeated charts alike, in the order written; a field written
 * with a dot or brackets is taken as its top-level name.
 */
export function encodedFields(node: unknown, inEncoding = false): EncodedField[] {
  if (Array.isArray(node)) return node.flatMap((item) => encodedFields(item, inEncoding));
  if (typeof node !== 'object' || node === null) return [];
  const { field, type } = node as { field?: unknown; type?: unknown };
  const own = inEncoding && typeof field === 'string' && typeof type === 'string' ? [{ field: field.split(/[.[]/)[0] ?? field, type }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => (NOT_SPEC.has(key) ? [] : encodedFields(value, inEncoding || key === 'encoding')))];
}
