/**
 * Wraps a table so that, when it is wider than a phone screen, it scrolls on its own and a
 * keyboard user can reach it (tabindex) and a screen reader names it (by its caption).
 * A <section> labelled by the caption is a region without an ARIA role attribute.
 */
export function tableRegion(captionId: string, tableHtml: string): string {
  return `<section class="table-wrap" aria-labelledby="${captionId}" tabindex="0">${tableHtml}</section>`;
}
