import { reportFigures } from '../figures/report-figures.ts';
import { figureTableHtml } from '../html/figure-table-html.ts';
import { atCallSite, type ShortcodeContext } from './context.ts';

/**
 * `{% figureTable "savings" %}`: a figure table as an accessible HTML table.
 * @param id the table's file name in _data/figures/, without .yaml.
 */
export function figureTable(this: ShortcodeContext, id: string): string {
  return atCallSite(this, `"${id}"`, () => figureTableHtml(reportFigures().registry.table(id)));
}
