/**
 * Wraps a table so that a phone can read every cell of it. A table of more than two columns
 * stacks on a narrow screen (report.css `.figure-table.stacks`): each row becomes a block, each value
 * shown after its column heading, which every cell carries as `data-label`. A narrower table
 * scrolls on its own if it must, with a shadow at the edge that has more, and a keyboard user
 * can reach it (tabindex) and a screen reader names it (by its caption). A <section> labelled by
 * the caption is a region without an ARIA role attribute.
 * @param tableHtml one `<table>` with a `<thead>` of one row, as the report's tables are made.
 */
export function tableRegion(captionId: string, tableHtml: string): string {
  const headings = columnHeadings(tableHtml);
  const stacks = headings.length > 2;
  const table = stacks ? labelCells(tableHtml, headings).replace('<table class="figure-table"', '<table class="figure-table stacks"') : tableHtml;
  return `<section class="table-wrap" aria-labelledby="${captionId}" tabindex="0">${table}</section>`;
}

/** The text of each column heading, as markup (already escaped), without tags. */
function columnHeadings(tableHtml: string): string[] {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(tableHtml)?.[1] ?? '';
  return [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((match) => (match[1] ?? '').replace(/<[^>]*>/g, '').trim());
}

/** Gives every body and footer cell after the first its column's heading as `data-label`. */
function labelCells(tableHtml: string, headings: string[]): string {
  return tableHtml.replace(/(<\/thead>)([\s\S]*)$/, (_match, end: string, rest: string) =>
    end +
    rest.replace(/<tr>([\s\S]*?)<\/tr>/g, (_row, cells: string) => {
      let column = 0;
      const labelled = cells.replace(/<(td|th)\b([^>]*)>/g, (cell, tag: string, attributes: string) => {
        const heading = headings[column++];
        return column > 1 && heading && tag === 'td' ? `<${tag}${attributes} data-label="${heading.replace(/"/g, '&quot;')}">` : cell;
      });
      return `<tr>${labelled}</tr>`;
    }),
  );
}
