import type { Problem } from '../errors.ts';
import type { YamlPath } from '../figures/yaml-file.ts';
import { messages } from '../messages.ts';
import type { Chart } from './chart-model.ts';

/** Rows of data and free-form notes may hold any field names: a column called "tooltip" is data. */
const NOT_SPEC = new Set(['values', 'datasets', 'usermeta']);

/** Where a hand-written spec asks for something a static drawing cannot do, and what to say. */
interface Interaction {
  path: YamlPath;
  message: string;
}

/**
 * What a hand-written spec loses by being drawn at build time: each selection (shown in its
 * starting state), each input bound to a parameter, each tooltip. Warnings, not errors: the
 * chart is still drawn, as Vega-Lite draws it before anyone touches it.
 * @returns one warning at the line of each, in the order written.
 */
export function specWarnings(chart: Pick<Chart, 'specYaml'>): Problem[] {
  const yaml = chart.specYaml;
  if (!yaml) return [];
  return interactions(yaml.data, []).map(({ path, message }) => ({ ...yaml.locate(path), message }));
}

function interactions(node: unknown, path: YamlPath): Interaction[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => interactions(item, [...path, index]));
  if (typeof node !== 'object' || node === null) return [];
  const found: Interaction[] = parameterInteractions(node as Record<string, unknown>, path);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'tooltip' && value !== null && value !== false) found.push({ path: [...path, key], message: messages.chartStaticTooltip() });
    else if (!NOT_SPEC.has(key) && key !== 'params') found.push(...interactions(value, [...path, key]));
  }
  return found;
}

/** A `params:` list's selections and bound inputs. */
function parameterInteractions(node: Record<string, unknown>, path: YamlPath): Interaction[] {
  if (!Array.isArray(node.params)) return [];
  return node.params.flatMap((param: unknown, index): Interaction[] => {
    if (typeof param !== 'object' || param === null) return [];
    const { name, select, bind } = param as { name?: unknown; select?: unknown; bind?: unknown };
    const at = [...path, 'params', index];
    if (select !== undefined) return [{ path: [...at, 'select'], message: messages.chartStaticSelection(String(name)) }];
    if (bind !== undefined) return [{ path: [...at, 'bind'], message: messages.chartStaticInput(String(name)) }];
    return [];
  });
}
