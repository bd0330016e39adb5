import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { outlinePages, type OutlineEntry } from '../../../lib/pdf/outline-pages.ts';

/** What a test reads from a PDF: each page's text, its links, and its outline. */
export interface ReadPdf {
  pages: string[];
  /** Every link annotation: a web address, or `#name` for one within the document. */
  links: string[];
  outline: OutlineEntry[];
}

/** Reads a PDF file's text by page, its link annotations and its outline with unpdf (pdf.js). */
export async function readPdf(file: string): Promise<ReadPdf> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { text } = await extractText(pdf, { mergePages: false });
  const links: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    for (const annotation of await (await pdf.getPage(number)).getAnnotations()) {
      if (annotation.subtype === 'Link') links.push(annotation.url ?? `#${JSON.stringify(annotation.dest)}`);
    }
  }
  return { pages: text, links, outline: await outlinePages(pdf) };
}

/** Text compared without its spaces: lines break, and Chromium's outline drops a space at each break. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** A link a PDF must never hold: to the machine that printed it or to a placeholder address. */
export const LOCAL_OR_PLACEHOLDER = /^https?:\/\/(127\.|localhost|\[::1\]|0\.0\.0\.0|[^/]*example\.)/;
