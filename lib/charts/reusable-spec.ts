import type { TopLevelSpec } from 'vega-lite';

/** The name a reusable spec's data goes by in its view: see reusableSpec. */
export const CHART_DATA = 'chartRows';

/** A parameter that only holds a value (no selection, no binding), so a view can be handed a new one. */
interface ValueParameter {
  name: string;
  value: unknown;
}

/** A spec split into what a view is built from, the same for every chart of one shape, and what each chart fills in. */
export interface ReusableSpec {
  /** The spec with its data named CHART_DATA instead of inline, and its parameters' values left out. */
  template: TopLevelSpec;
  /** The template as text: charts with the same key can share one view. */
  key: string;
  values: readonly object[];
  parameters: readonly ValueParameter[];
}

/**
 * Splits a spec whose data are inline values at the top (as every generated bar chart is), and
 * whose parameters only hold values, into a template and what fills it in.
 * @returns undefined for any other spec (data from a URL, selections...), which is drawn on its own.
 */
export function reusableSpec(spec: TopLevelSpec): ReusableSpec | undefined {
  const { data, params } = spec as { data?: unknown; params?: unknown };
  if (!isInlineValues(data)) return undefined;
  const parameters = params ?? [];
  if (!Array.isArray(parameters) || !parameters.every(isValueParameter)) return undefined;
  const template = { ...spec, data: { name: CHART_DATA } } as Record<string, unknown>;
  if (params) template.params = parameters.map(({ name }) => ({ name, value: null }));
  return { template: template as unknown as TopLevelSpec, key: JSON.stringify(template), values: data.values, parameters };
}

function isInlineValues(data: unknown): data is { values: object[] } {
  if (typeof data !== 'object' || data === null) return false;
  const { values, ...rest } = data as { values?: unknown };
  return Object.keys(rest).length === 0 && Array.isArray(values) && values.every((value) => typeof value === 'object' && value !== null);
}

function isValueParameter(parameter: unknown): parameter is ValueParameter {
  if (typeof parameter !== 'object' || parameter === null) return false;
  const keys = Object.keys(parameter);
  return keys.includes('name') && keys.includes('value') && keys.length === 2;
}
