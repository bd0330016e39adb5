import type { FigureTable, Source, Statement } from '../figures/model.ts';
import type { Unit } from '../figures/units.ts';
import { formatDate } from '../format/format-date.ts';
import { formatInterval } from '../format/format-figure.ts';

/** How a chart's subtitle names its unit. */
const unitSentences: Record<Unit, string> = {
  '£m': 'Values in £ millions.',
  '£': 'Values in pounds.',
  weeks: 'Values in weeks.',
  families: 'Values are numbers of families.',
  people: 'Values are numbers of people.',
  percent: 'Values are percentages.',
  count: 'Values are counts.',
};

/**
 * A table chart's headline: its title, then the total and period the figures add up to.
 * @example tableChartTitle(savings, 'Savings to date by area') // "Savings to date by area: £9.92m in 2012/13"
 */
export function tableChartTitle(table: FigureTable, title: string = table.title): string {
  const period = table.period ? ` ${periodPhrase(table.period)}` : '';
  if (!table.total) return table.period ? `${title}, ${table.period}` : title;
  return `${title}: ${formatInterval(table.total.value, table.unit ?? 'count')}${period}`;
}

/**
 * A period as the end of a headline: "in 2012/13", but "by the end of 2012/13" as written when
 * the period already says how it relates to the figures.
 */
function periodPhrase(period: string): string {
  return /^(by|in|from|to|until|since|during|over|before|after|between)\b/i.test(period) ? period : `in ${period}`;
}

/**
 * The statistical subtitle: what is measured, the unit, how ranges and approximate values are
 * shown (when there are any), and the sources.
 * @param statements every statement the chart draws, to name their sources.
 */
export function chartSubtitle(description: string | undefined, unit: Unit | undefined, statements: readonly Statement[]): string {
  const parts = description ? [withStop(description)] : [];
  if (unit) parts.push(unitSentences[unit]);
  const ranges = statements.some((s) => s.value.min !== s.value.max);
  const approximate = statements.some((s) => s.value.approximate);
  if (ranges) parts.push('A range is drawn from its lowest to its highest value.');
  if (approximate) parts.push('“About” marks an approximate value.');
  parts.push(sourcesText(statements.map((statement) => statement.source)));
  return parts.join(' ');
}

/** "Source: The Tri-borough story, 2013." or "Sources: ...; ...." for several, oldest first. */
export function sourcesText(sources: readonly Source[]): string {
  const unique = [...new Map(sources.map((source) => [source.id, source])).values()].sort((a, b) => a.date.localeCompare(b.date));
  const names = unique.map((source) => `${source.title}, ${formatDate(source.date)}`);
  return `Source${names.length === 1 ? '' : 's'}: ${names.join('; ')}.`;
}

function withStop(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
