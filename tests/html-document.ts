import { readFileSync } from 'node:fs';
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

/** A parsed HTML file: its elements in document order and the ids they carry. */
export interface HtmlDocument {
  elements: Element[];
  ids: Set<string>;
}

const cache = new Map<string, HtmlDocument>();

/**
 * Parses an HTML file with htmlparser2 (as a browser would, forgiving), once per file.
 * @param file a path on disk.
 * @returns every element, and every `id` in the file (SVG ids included).
 */
export function readHtmlDocument(file: string): HtmlDocument {
  const cached = cache.get(file);
  if (cached) return cached;
  const document = parseDocument(readFileSync(file, 'utf8'));
  const elements = DomUtils.findAll(() => true, document.children);
  const ids = new Set(elements.map((element) => element.attribs.id).filter((id): id is string => id !== undefined));
  const parsed = { elements, ids };
  cache.set(file, parsed);
  return parsed;
}
