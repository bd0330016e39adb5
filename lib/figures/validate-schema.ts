import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { Problem } from '../errors.ts';
import { messages, suggest } from '../messages.ts';
import { cachedValidator } from './cached-validator.ts';
import { figureTextFix } from './figure-text.ts';
import { DATE_PATTERN, ID_PATTERN } from './schema.ts';
import { UNITS, isUnit } from './units.ts';
import type { YamlFile, YamlPath } from './yaml-file.ts';

// Our schemas are checked against JSON Schema's own in tests/unit/schemas.test.ts, not at every
// build: checking them here compiles that meta-schema, about 35 ms of a build.
const AJV_OPTIONS: Options = { allErrors: true, strict: false, verbose: true, validateSchema: false };
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Checks parsed YAML against a JSON Schema and explains each failure in plain English,
 * at the line and column where it was written. One message per place, however many rules fail there.
 */
export function validateSchema(schema: object, yaml: YamlFile): Problem[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = cachedValidator(schema, AJV_OPTIONS);
    compiled.set(schema, validate);
  }
  if (validate(yaml.data)) return [];
  const errors = (validate.errors ?? []).filter((error, _, all) => !isShadowed(error, all));
  const byPlace = new Map<string, { problem: Problem; keyword: string }>();
  for (const error of errors) {
    const problem = describe(error, yaml);
    const key = `${problem.line}:${problem.col}`;
    const earlier = byPlace.get(key);
    // A misspelt first field is where a missing one is reported too: "did you mean" says more.
    if (!earlier || (earlier.keyword === 'required' && error.keyword === 'additionalProperties')) byPlace.set(key, { problem, keyword: error.keyword });
  }
  return [...byPlace.values()].map(({ problem }) => problem);
}

/**
 * Whether an error only restates one found deeper: `value: { min: x }` fails both "is a number"
 * and "min is a number"; the deeper one says more.
 */
function isShadowed(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === 'anyOf') return true;
  if (error.keyword !== 'type' || !error.schemaPath.includes('/anyOf/')) return false;
  // With verbose on, error.data is the value itself: a group of fields was meant to be a range.
  const meantAsRange = typeof error.data === 'object' && error.data !== null;
  return all.some(
    (other) =>
      other.instancePath.startsWith(`${error.instancePath}/`) ||
      (meantAsRange && other !== error && other.instancePath === error.instancePath && other.keyword !== 'anyOf' && other.keyword !== 'type'),
  );
}

/** Where in the data an ajv error is, as a YAML path: `/rows/0/value` -> ['rows', 0, 'value']. */
export function pathOf(error: ErrorObject): YamlPath {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: YamlPath): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
}

/** What a figure value must be, in the unit of its row or table. */
function expectedValue(yaml: YamlFile, path: YamlPath): string {
  const rowPath = path.slice(0, path.indexOf('rows') + 2);
  const row = valueAt(yaml.data, rowPath) as { unit?: unknown } | undefined;
  const unit = row?.unit ?? (yaml.data as { unit?: unknown } | undefined)?.unit;
  const single = isUnit(unit) ? UNITS[unit] : 'a number, like 0.92';
  return `${single}, or a range like { min: 4, max: 5 }`;
}

function describe(error: ErrorObject, yaml: YamlFile): Problem {
  const path = pathOf(error);
  const got = valueAt(yaml.data, path);
  const field = String(path.filter((part) => typeof part === 'string').at(-1) ?? 'the file');
  const schema = error.parentSchema as { description?: string } | undefined;
  const at = yaml.locate(path);
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const help = childDescription(error, missing);
      return { ...at, message: messages.required(missing, help) };
    }
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return { ...yaml.locateKey(path, extra), message: messages.unknownField(extra, suggest(extra, allowed), allowed) };
    }
    case 'minimum':
      return { ...at, message: messages.negative(field, got) };
    case 'maximum':
      return { ...at, message: messages.tooLarge(field, got, Number(error.params.limit)) };
    case 'minItems':
      return { ...at, message: messages.emptyList(field) };
    case 'maxLength':
      return { ...at, message: messages.tooLong(field, String(got).length, Number(error.params.limit)) };
    case 'minLength':
      return { ...at, message: messages.emptyText(field) };
    case 'enum': {
      const allowed = (error.params.allowedValues as string[]) ?? [];
      return { ...at, message: messages.notInList(field, allowed, got, typeof got === 'string' ? suggest(got, allowed) : undefined) };
    }
    case 'not':
      return { ...at, message: messages.markupInText(field) };
    case 'pattern':
      return { ...at, message: patternMessage(field, String(error.params.pattern), schema?.description, got) };
    case 'type':
      if (path.length === 0) return { ...at, message: fileShapeMessage(schema?.description, got) };
    // falls through: a field of the wrong type is described below, with its own fix.
    default: {
      const valueField = ['value', 'stated', 'min', 'max'].includes(field);
      const expected = valueField ? expectedValue(yaml, path) : (schema?.description ?? `of type ${String(error.params.type)}`);
      return { ...at, message: messages.wrongType(field, expected, got) + (valueField ? figureTextFix(got) : '') };
    }
  }
}

/** What is wrong with a file that holds nothing, or a thing of the wrong kind (a list for a table). */
function fileShapeMessage(description: string | undefined, got: unknown): string {
  const what = description ?? 'the fields a file of its kind holds';
  return got === null || got === undefined ? messages.emptyYamlFile(what) : messages.wrongFileShape(what, got);
}

/** What a field with a pattern must look like: a date, an id, an id naming something else, or as its description says. */
function patternMessage(field: string, pattern: string, description: string | undefined, got: unknown): string {
  if (pattern === DATE_PATTERN) return messages.badDate(field, got);
  if (pattern === ID_PATTERN) return field === 'id' ? messages.badId(got) : messages.badIdReference(field, description ?? 'an id', got);
  return messages.wrongType(field, description ?? `written as the pattern ${pattern}`, got);
}

function childDescription(error: ErrorObject, field: string): string {
  const properties = (error.parentSchema as { properties?: Record<string, { description?: string }> }).properties;
  return properties?.[field]?.description ?? 'a value';
}
