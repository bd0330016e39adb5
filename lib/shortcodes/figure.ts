import { reportFigures } from '../figures/report-figures.ts';
import { bounds, isSingle } from '../figures/interval.ts';
import { formatInterval } from '../format/format-figure.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { atCallSite, type ShortcodeContext } from './context.ts';

/**
 * `{% figure "savings.total" %}`: a figure from the data, formatted for prose, in a
 * `<data>` element whose value is the machine-readable number.
 * @param citation `table.row`, `table.total`, or `table.row@2013` for the statement of that date or source.
 * @example {% figure "savings.total" %} -> <data class="figure" value="9.92">£9.92m</data>
 */
export function figure(this: ShortcodeContext, citation: string): string {
  return atCallSite(this, `"${citation}"`, () => figureHtml(citation));
}

/**
 * A figure as the shortcode writes it, for the site's own pages (lib/pages/), whose figures
 * the checks have already found in the data (the headlines: lib/site/headlines.ts).
 */
export function figureHtml(citation: string): string {
  const { statement, unit } = reportFigures().registry.cite(citation);
  const { min, max } = bounds(statement.value);
  const value = isSingle(statement.value) ? String(min) : `${min}-${max}`;
  const text = formatInterval(statement.value, unit, statement.qualifier);
  return `<data class="figure" value="${escapeHtml(value)}" data-figure="${escapeHtml(citation)}">${escapeHtml(text)}</data>`;
}
