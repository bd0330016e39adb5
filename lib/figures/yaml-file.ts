import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node, type Tags, type YAMLError } from 'yaml';
import { encodingProblem, normaliseSource } from '../content/source-text.ts';
import type { Location, Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { cachedYamlData, keepYamlData } from './parsed-yaml-cache.ts';

/** A path into parsed YAML: keys and list positions, as in `['rows', 2, 'value']`. */
export type YamlPath = ReadonlyArray<string | number>;

/** A parsed YAML file that can say where any value in it was written. */
export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  /** The line and column of the value at `path`, or of the nearest parent that exists. */
  locate(path: YamlPath): Location;
  /** The line and column of the key `name` in the map at `path` (for unknown fields). */
  locateKey(path: YamlPath, name: string): Location;
}

/** How to read a file's YAML. */
export interface YamlOptions {
  /**
   * Read only numbers written as plain decimals (2.85, 1720) as numbers: figures must mean what
   * they show. YAML would otherwise read 0x1A as 26, 0o17 as 15, 1e3 as 1000 and .inf or .nan
   * as numbers no page can show; these stay text, which the schema refuses with the fix.
   */
  decimalNumbersOnly?: boolean;
}

/**
 * YAML's core tags without hexadecimal, octal, exponent, infinity and not-a-number: the yaml
 * package marks the first three with a format (HEX, OCT, EXP); the last two share one tag,
 * the number tag whose pattern reads ".inf".
 */
function decimalNumbersOnly(tags: Tags): Tags {
  return tags.filter((tag) => {
    if (typeof tag !== 'object' || !/:(int|float)$/.test(tag.tag)) return true;
    return tag.format === undefined && !String(tag.test).includes('inf');
  });
}

/**
 * Parses YAML text, keeping every node's position for error messages. Text an earlier build
 * parsed without problems is read from the cache (parsed-yaml-cache.ts); the positions are then
 * found only if a message needs them. Text saved with Windows line endings or a byte order mark
 * reads as if it had neither; text saved in another encoding than UTF-8 is refused at its line.
 * @returns the file, or the problems that stop it being read (encoding, syntax errors, tabs).
 */
export function parseYamlFile(saved: string, file: string, options: YamlOptions = {}): { yaml?: YamlFile; problems: Problem[] } {
  const text = normaliseSource(saved);
  const unreadable = encodingProblem(text, file);
  if (unreadable) return { problems: [unreadable] };
  // The same text means other data when numbers are read otherwise: each way has its own entries.
  const cacheKey = options.decimalNumbersOnly ? `decimal numbers only\0${text}` : text;
  const cached = cachedYamlData(cacheKey);
  if (cached) return { yaml: locatedLater(text, file, cached.data, options), problems: [] };
  const parsed = parseWithPositions(text, file, options);
  if (parsed.yaml) keepYamlData(cacheKey, parsed.yaml.data);
  return parsed;
}

/** A file whose data is known; positions come from parsing the text the first time one is asked for. */
function locatedLater(text: string, file: string, data: unknown, options: YamlOptions): YamlFile {
  let positions: YamlFile | undefined;
  const parsed = (): YamlFile => (positions ??= parseWithPositions(text, file, options).yaml ?? { file, data, locate: () => ({ file }), locateKey: () => ({ file }) });
  return { file, data, locate: (path) => parsed().locate(path), locateKey: (path, name) => parsed().locateKey(path, name) };
}

/**
 * A location found when first asked for: most are only read by messages, and finding one means
 * parsing the YAML again when its data came from the cache (parsed-yaml-cache.ts).
 */
export function lazyLocation(locate: () => Location): Location {
  let found: Location | undefined;
  const get = (): Location => (found ??= locate());
  return {
    get file() {
      return get().file;
    },
    get line() {
      return get().line;
    },
    get col() {
      return get().col;
    },
  };
}

function parseWithPositions(text: string, file: string, options: YamlOptions): { yaml?: YamlFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const customTags = options.decimalNumbersOnly ? decimalNumbersOnly : undefined;
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, customTags });
  const [first] = doc.errors;
  if (first) return { problems: [syntaxProblem(text, file, first, lineCounter)] };
  try {
    return { yaml: yamlFile(doc, file, lineCounter, doc.toJS({ maxAliasCount: 50 })), problems: [] };
  } catch (error) {
    // Only aliases fail here: one without its anchor, or too many (a "billion laughs" file).
    const alias = /: (\S+)$/.exec((error as Error).message)?.[1];
    const offset = alias ? text.indexOf(`*${alias}`) : -1;
    const { line, col } = offset >= 0 ? lineCounter.linePos(offset) : { line: 1, col: 1 };
    return { problems: [{ file, line, col, message: messages.yamlAlias() }] };
  }
}

/**
 * The first syntax error, where the editor made it. Later errors are usually knock-on effects,
 * and an unclosed quote or bracket is only noticed lines later, so point at where it opened.
 */
function syntaxProblem(text: string, file: string, error: YAMLError, lineCounter: LineCounter): Problem {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const opened = unbalancedLine(text);
  if (opened !== undefined && opened <= line) return { file, line: opened, col: 1, message: messages.yamlSyntax('MISSING_CHAR', '') };
  return { file, line, col, message: messages.yamlSyntax(error.code, error.message) };
}

/** The first line that opens a quote or bracket it does not close, if any. */
function unbalancedLine(text: string): number | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').replace(/\\"/g, '').replace(/'[^']*'/g, '').replace(/\s#.*$/, '');
    const quotes = (line.match(/"/g) ?? []).length;
    const opens = (line.match(/[[{]/g) ?? []).length;
    const closes = (line.match(/[\]}]/g) ?? []).length;
    if (quotes % 2 === 1 || opens > closes) return index + 1;
  }
  return undefined;
}

function yamlFile(doc: Document, file: string, lineCounter: LineCounter, data: unknown): YamlFile {
  const at = (node: Node | null | undefined): Location => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const nearest = (path: YamlPath): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object') return node as Node;
    }
    return doc.contents ?? undefined;
  };
  return {
    file,
    data,
    locate: (path) => at(nearest(path)),
    locateKey: (path, name) => {
      const map = doc.getIn(path, true);
      const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === name) : undefined;
      return pair && isScalar(pair.key) ? at(pair.key) : at(nearest(path));
    },
  };
}
