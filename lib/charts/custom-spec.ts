import type { TopLevelSpec } from 'vega-lite';
import type { OpenDataRow } from '../open-data/dataset.ts';
import { specDataRows } from './spec-data-rows.ts';
import { chartConfig } from './theme.ts';

/** The Vega-Lite JSON schema every spec is written against. */
export const VEGA_LITE_SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A hand-written Vega-Lite spec from YAML, made ready to draw: the chart's data as inline
 * values (unless it names its own, at the top or in any part), and the site's font and settings under its own config.
 * Its data rows have the open-data columns: id, label, unit, value, min, max, approximate, ...
 * @returns a copy; the spec from YAML is not changed. It is checked against the schema before drawing.
 */
export function customSpec(spec: Readonly<Record<string, unknown>>, rows: readonly OpenDataRow[]): TopLevelSpec {
  const copy = structuredClone(spec) as Record<string, unknown>;
  copy.$schema ??= VEGA_LITE_SCHEMA_URL;
  // A spec with data of its own anywhere (in a layer, say) draws those, not the figures'.
  if (specDataRows(spec) === undefined) copy.data ??= { values: rows.map((row) => ({ ...row })) };
  copy.config = { ...chartConfig, ...(copy.config as object | undefined) };
  return copy as unknown as TopLevelSpec;
}
