/** A shortcode in Markdown that cites the data: a figure, a table or a chart. */
export interface Citation {
  kind: 'figure' | 'figureTable' | 'chart';
  id: string;
  line: number;
  col: number;
}

const CITATION = /\{%-?\s*(figure|figureTable|chart)\s+(?:"([^"]*)"|'([^']*)')/g;

/**
 * Finds every figure, table and chart a page cites, with the line it is on.
 * @param firstLine the file line the text starts on.
 */
export function findCitations(text: string, firstLine = 1): Citation[] {
  const citations: Citation[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(CITATION)) {
      const kind = match[1] as Citation['kind'];
      citations.push({ kind, id: match[2] ?? match[3] ?? '', line: firstLine + index, col: (match.index ?? 0) + 1 });
    }
  });
  return citations;
}
