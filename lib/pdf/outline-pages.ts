import type { getDocumentProxy } from 'unpdf';

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/** An entry of a PDF's outline (its bookmarks) and the page it opens at, from 1. */
export interface OutlineEntry {
  title: string;
  page: number;
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

/**
 * A PDF's outline, depth first, each entry with the page it points at: Chromium writes one
 * entry a heading, at the heading's place, so this is where each heading was printed.
 */
export async function outlinePages(pdf: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  const visit = async (nodes: OutlineNode[]): Promise<void> => {
    for (const node of nodes) {
      const page = await pageOf(pdf, node.dest);
      if (page !== undefined) entries.push({ title: node.title, page });
      await visit(node.items ?? []);
    }
  };
  await visit(((await pdf.getOutline()) ?? []) as OutlineNode[]);
  return entries;
}

async function pageOf(pdf: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  const ref = explicit?.[0];
  if (!ref || typeof ref !== 'object') return undefined;
  return (await pdf.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
}

/** Text compared without its spaces: Chromium's outline drops the space where a heading wrapped. */
const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * The page each part starts on, from the outline: the parts' titles matched in order against
 * the entries after the contents heading (the cover's title comes before it).
 * @returns a page number a title, or undefined where the outline has no entry for it.
 */
export function partPages(outline: readonly OutlineEntry[], titles: readonly string[], contentsTitle = 'Contents'): (number | undefined)[] {
  let next = outline.findIndex((entry) => squash(entry.title) === squash(contentsTitle)) + 1;
  return titles.map((title) => {
    const found = outline.findIndex((entry, index) => index >= next && squash(entry.title) === squash(title));
    if (found < 0) return undefined;
    next = found + 1;
    return outline[found]?.page;
  });
}
