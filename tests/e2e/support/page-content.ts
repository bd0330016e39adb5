import { readFileSync } from 'node:fs';
import type { Element } from 'domhandler';
import { readHtmlDocument } from '../../html-document.ts';
import { expectedPages } from '../site-map.ts';

/** How many of each kind of content a page holds. */
export interface ContentCounts {
  headings: number;
  figures: number;
  tables: number;
  charts: number;
  chartDrawings: number;
}

/**
 * The content a built page holds as served, read from the file on disk: headings, figures
 * (`data.figure`), tables, charts (`figure.chart`) and the SVG drawing of each chart.
 * @param file the page's HTML file.
 */
export function servedContent(file: string): ContentCounts {
  const { elements } = readHtmlDocument(file);
  const count = (test: (element: Element) => boolean): number => elements.filter(test).length;
  return {
    headings: count((e) => /^h[1-6]$/.test(e.name)),
    figures: count((e) => e.name === 'data' && hasClass(e, 'figure')),
    tables: count((e) => e.name === 'table'),
    charts: count(isChart),
    chartDrawings: count((e) => e.name === 'svg' && insideChart(e)),
  };
}

/**
 * What the Markdown source of a page cites, or undefined for a page not written in Markdown:
 * each `{% figure %}` is a figure, each `{% figureTable %}` a table, each `{% chart %}` a chart.
 * Counted from content/ with plain patterns, so the test does not trust lib/ to find them.
 * @param url the page's URL.
 */
export function citedContent(url: string): Pick<ContentCounts, 'figures' | 'tables' | 'charts'> | undefined {
  const page = expectedPages().find((p) => p.url === url);
  if (!page) return undefined;
  const text = readFileSync(page.file, 'utf8');
  const calls = (name: string): number => text.match(new RegExp(`\\{%-?\\s*${name}\\s+["']`, 'g'))?.length ?? 0;
  return { figures: calls('figure'), tables: calls('figureTable'), charts: calls('chart') };
}

/**
 * Counts, in the browser, the content a reader can see: each element rendered with a size, or
 * inside a closed `<details>` that the reader can open (a chart's data table).
 * Runs in the page, so it is self-contained.
 */
export function shownContent(): ContentCounts {
  const shown = (selector: string): number =>
    [...document.querySelectorAll(selector)].filter((element) => {
      if (element.closest('details:not([open])') && !element.matches('summary, summary *')) return true;
      const box = element.getBoundingClientRect();
      return element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0;
    }).length;
  return {
    headings: shown('h1, h2, h3, h4, h5, h6'),
    figures: shown('data.figure'),
    tables: shown('table'),
    charts: shown('figure.chart'),
    chartDrawings: shown('figure.chart svg'),
  };
}

function hasClass(element: Element, name: string): boolean {
  return (element.attribs.class ?? '').split(/\s+/).includes(name);
}

function isChart(element: Element): boolean {
  return element.name === 'figure' && hasClass(element, 'chart');
}

function insideChart(element: Element): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (parent.type === 'tag' && isChart(parent as Element)) return true;
  }
  return false;
}
