import type { ErrorObject } from 'ajv';
import type { Location, Problem } from '../errors.ts';
import { pathOf } from '../figures/validate-schema.ts';
import type { YamlFile, YamlPath } from '../figures/yaml-file.ts';
import { messages, shown, suggest } from '../messages.ts';
import type { Chart } from './chart-model.ts';
import { vegaLiteVersion } from './vega-lite-version.ts';

/** Keywords in the order they best explain a mistake: "must be one of ..." says most. */
const KEYWORD_RANK = ['enum', 'const', 'additionalProperties', 'required', 'type'];

/**
 * Turns Vega-Lite schema errors into one problem: the deepest place that failed, explained
 * in plain English, at the line of the YAML it was written on (or the chart's `chart:` field,
 * for a spec the builders made). A spec can fail many `anyOf` branches; the deepest,
 * most specific error is the one an editor can act on.
 */
export function specProblems(errors: readonly ErrorObject[], chart: Pick<Chart, 'location' | 'specYaml'>): Problem[] {
  const best = bestError(errors);
  if (!best) return [];
  const path = pathOf(best);
  const extra = best.keyword === 'additionalProperties' ? String(best.params.additionalProperty) : undefined;
  const where = locate(chart.specYaml, path, extra) ?? chart.location;
  return [{ ...where, message: messages.invalidSpec(propertyName(extra ? [...path, extra] : path), detail(best, errors)) }];
}

function bestError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const rank = (error: ErrorObject): number => {
    const index = KEYWORD_RANK.indexOf(error.keyword);
    return index < 0 ? KEYWORD_RANK.length : index;
  };
  const meaningful = errors.filter((error) => !['anyOf', 'oneOf', 'allOf', 'if', 'not'].includes(error.keyword));
  const candidates = meaningful.filter((error) => !isOtherBranch(error, meaningful));
  const depth = Math.max(...candidates.map((error) => pathOf(error).length));
  const deepest = candidates.filter((error) => pathOf(error).length === depth).sort((a, b) => rank(a) - rank(b));
  const [first] = deepest;
  if (first?.keyword !== 'additionalProperties') return first;
  // Of the properties some branch does not allow, the one no branch allows is the mistake.
  const count = (error: ErrorObject) => deepest.filter((other) => other.params.additionalProperty === error.params.additionalProperty).length;
  return deepest.filter((error) => error.keyword === 'additionalProperties').sort((a, b) => count(b) - count(a))[0];
}

/**
 * Whether an error only says the value took another branch of an `anyOf`:
 * `mark: { type: bar, colour: red }` fails "must be one of arc, area, ..." (the branch for
 * `mark: bar`) and `type: const "boxplot"` (the boxplot branch); neither says what is wrong.
 * The unknown "colour" does. A list of allowed words cannot match a group of fields, and a
 * const failing where another rule fails too, at its place or above, is a branch's marker.
 */
function isOtherBranch(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === 'enum') return typeof error.data === 'object' && error.data !== null;
  if (error.keyword !== 'const') return false;
  return all.some((other) => other.keyword !== 'const' && `${error.instancePath}/`.startsWith(`${other.instancePath}/`));
}

function detail(error: ErrorObject, all: readonly ErrorObject[]): string {
  switch (error.keyword) {
    case 'enum': {
      const allowed = all.filter((other) => other.keyword === 'enum' && other.instancePath === error.instancePath).flatMap((other) => other.params.allowedValues as unknown[]);
      const unique = [...new Set(allowed.map(String))];
      const list = unique.slice(0, 12).map((value) => `"${value}"`).join(', ');
      const hint = String(error.data).length > 3 ? suggest(String(error.data), unique) : undefined;
      return `it must be one of ${list}${unique.length > 12 ? ', ...' : ''} — got ${shown(error.data)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
    }
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return messages.unknownSpecProperty(name, suggest(name, allowed), vegaLiteVersion());
    }
    case 'required':
      return `"${String(error.params.missingProperty)}" is missing`;
    case 'type': {
      const types = all.filter((other) => other.keyword === 'type' && other.instancePath === error.instancePath).map((other) => String(other.params.type));
      return `it must be ${[...new Set(types)].join(' or ')} — got ${shown(error.data)}`;
    }
    default:
      return `${error.message ?? 'it is not allowed'} — got ${shown(error.data)}`;
  }
}

/** A spec path as it is written in Vega-Lite's docs: `encoding.x.type`, `layer[0].mark`. */
function propertyName(path: YamlPath): string {
  if (path.length === 0) return 'the top level';
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1);
}

function locate(yaml: YamlFile | undefined, path: YamlPath, extra: string | undefined): Location | undefined {
  if (!yaml) return undefined;
  return extra ? yaml.locateKey(path, extra) : yaml.locate(path);
}
