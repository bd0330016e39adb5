import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import type { Location, Problem } from '../errors.ts';
import { messages } from '../messages.ts';

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

/**
 * Parses YAML text, keeping every node's position for error messages.
 * @returns the file, or the problems that stop it being read (syntax errors, tabs).
 */
export function parseYamlFile(text: string, file: string): { yaml?: YamlFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((error) => {
    const offset = error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col, message: messages.yamlSyntax(error.code, error.message) };
  });
  if (problems.length > 0) return { problems };
  return { yaml: yamlFile(doc, file, lineCounter), problems };
}

function yamlFile(doc: Document, file: string, lineCounter: LineCounter): YamlFile {
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
    data: doc.toJS(),
    locate: (path) => at(nearest(path)),
    locateKey: (path, name) => {
      const map = doc.getIn(path, true);
      const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === name) : undefined;
      return pair && isScalar(pair.key) ? at(pair.key) : at(nearest(path));
    },
  };
}
