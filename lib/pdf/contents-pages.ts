/** Text compared without its spaces: a PDF's text breaks lines where the page did, and may lose or add spaces there. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The page each part of a printed publication starts on, read back from the PDF's text: each
 * part's title is the first text of its page where it starts one, else it is found on the first
 * page after the previous part's that holds it (parts run on from one another).
 * @param pages the text of each page, in order (page 1 first).
 * @param titles the parts' titles, in order.
 * @param firstPage the page the first part can start on at the earliest (after the contents).
 * @returns the page number (from 1) of each title, or undefined where it is not found.
 */
export function contentsPages(pages: readonly string[], titles: readonly string[], firstPage = 1): (number | undefined)[] {
  let from = firstPage - 1;
  return titles.map((title) => {
    const wanted = squash(title);
    const texts = pages.map(squash);
    let index = texts.findIndex((text, i) => i >= from && text.startsWith(wanted));
    if (index < 0) index = texts.findIndex((text, i) => i >= from && text.includes(wanted));
    if (index < 0) return undefined;
    from = index;
    return index + 1;
  });
}

/**
 * The first page whose text holds the given text, as the contents list holds its last title.
 * @returns the page number (from 1), or undefined.
 */
export function firstPageHolding(pages: readonly string[], text: string): number | undefined {
  const index = pages.findIndex((page) => squash(page).includes(squash(text)));
  return index < 0 ? undefined : index + 1;
}
