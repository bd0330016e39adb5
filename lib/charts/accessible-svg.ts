/**
 * Makes vega's SVG one accessible image that fits any screen: the root gets `role="img"` and
 * `aria-labelledby` (the figure's title and its text summary); vega's own roles and ARIA
 * attributes inside are removed and its marks hidden from assistive technology, since the
 * summary and the data table say what they show. The fixed height goes, leaving the viewBox,
 * so CSS can scale it (`width: 100%; height: auto`); the width stays, so that print can lay a
 * chart out at the width it was drawn at and never enlarge its text (charts.css).
 * @param labelledBy the ids of the elements that name and describe the chart.
 */
export function accessibleSvg(svg: string, labelledBy: readonly string[]): string {
  const start = svg.indexOf('<svg');
  const end = svg.indexOf('>', start);
  if (start < 0 || end < 0) return svg;
  const root = svg
    .slice(start, end)
    .replace(/\s(?:height|role|aria-[a-z]+|focusable)="[^"]*"/g, '');
  const inner = svg
    .slice(end + 1)
    .replace(/<\/svg>\s*$/, '')
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '');
  return `${root} role="img" aria-labelledby="${labelledBy.join(' ')}" focusable="false"><g aria-hidden="true">${inner}</g></svg>`;
}
