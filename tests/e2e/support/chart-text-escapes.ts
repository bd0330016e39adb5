/**
 * Every chart on the page whose text reaches past its drawing, and every link or focusable
 * element inside a drawing. Runs in the page (page.evaluate), so it uses nothing from outside.
 * Each text's box is vega's text as Chromium lays it out with the fonts it really has
 * (getBBox, carried into the page by getBoundingClientRect), against its SVG's box.
 * @returns one line a text that escapes, and one a focusable element, with the chart's id.
 */
export function chartTextEscapes(): { escapes: string[]; focusable: string[] } {
  const escapes: string[] = [];
  const focusable: string[] = [];
  for (const figure of document.querySelectorAll('figure.chart')) {
    const svg = figure.querySelector('svg');
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      if ((text as SVGTextElement).getBBox().width === 0) continue;
      const rect = text.getBoundingClientRect();
      const out = rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5;
      if (out) escapes.push(`${figure.id}: "${text.textContent ?? ''}" spans ${Math.round(rect.left - box.left)} to ${Math.round(rect.right - box.left)} of ${Math.round(box.width)} px`);
    }
    for (const element of svg.querySelectorAll('a, [href], [tabindex], [xlink\\:href], foreignObject, input, button')) focusable.push(`${figure.id}: <${element.tagName}>`);
  }
  return { escapes, focusable };
}

/**
 * Every chart whose summary names a number its data table does not hold (percentages apart:
 * a share is worked out, not stated): the table in the chart, or the one on the page it links
 * to. Runs in the page.
 * @returns one line a number missing, with the chart's id.
 */
export function summaryValuesMissing(): string[] {
  const missing: string[] = [];
  for (const figure of document.querySelectorAll('figure.chart')) {
    const summary = figure.querySelector('.chart-summary')?.textContent ?? '';
    // Its own table, or the table on the page its link points to (a table the page shows already).
    const linked = figure.querySelector<HTMLAnchorElement>('.chart-data-link a')?.hash.slice(1);
    const table = (figure.querySelector('table') ?? (linked ? document.getElementById(linked)?.querySelector('table') ?? document.getElementById(linked) : null))?.textContent ?? '';
    const named = [...summary.matchAll(/(?:£|\$)?-?\d[\d,]*(?:\.\d+)?(?:e-?\d+)?[mk]?(?!\s*%|\d)/g)].map((match) => match[0]);
    // "12 rows of data" counts the rows: the rest are values.
    for (const value of named.filter((text, index) => !(index === 0 && /^\d+ rows? of data/.test(summary.slice(summary.indexOf(text)))))) {
      if (!table.includes(value)) missing.push(`${figure.id}: the summary names ${value}`);
    }
  }
  return missing;
}
