import type { YamlPath } from '../figures/yaml-file.ts';

/** An address written in a spec: data to read, an image to show, a link to follow, or a file a style points at. */
export interface SpecAddress {
  kind: 'data' | 'image' | 'link' | 'style';
  /** Where it is in the spec, like ['layer', 1, 'data', 'url']. */
  path: YamlPath;
  value: unknown;
}

// Rows of data, and free-form notes, may hold any field names (a column called "url" is data).
const NOT_SPEC = new Set(['values', 'datasets', 'usermeta']);

/**
 * Every address in a Vega-Lite spec, wherever it is written: `data.url` at the top, in layers,
 * in concatenated, repeated and faceted charts and in a lookup's `from`; `url` (images) and
 * `href` (links) in marks, encodings and config; and `url(...)` in any text, as in a colour.
 */
export function specAddresses(node: unknown, path: YamlPath = [], parentKey?: string | number): SpecAddress[] {
  // `fill: "url(https://...)"` is written into the SVG as it is: a page would load it.
  if (typeof node === 'string') return /url\s*\(/i.test(node) ? [{ kind: 'style', path, value: node }] : [];
  if (Array.isArray(node)) return node.flatMap((item, index) => specAddresses(item, [...path, index], parentKey));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]): SpecAddress[] => {
    const at = [...path, key];
    if (key === 'href') return [{ kind: 'link', path: at, value }];
    if (key === 'url') return [{ kind: parentKey === 'data' ? 'data' : 'image', path: at, value }];
    return NOT_SPEC.has(key) ? [] : specAddresses(value, at, key);
  });
}
