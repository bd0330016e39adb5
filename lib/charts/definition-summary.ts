import { bounds } from '../figures/interval.ts';
import type { Statement } from '../figures/model.ts';
import type { ChartFigure, ChartKind } from './chart-model.ts';
import { barsSummary, valueText, type SummaryItem } from './chart-summary.ts';
import { shareText } from './share-text.ts';
import { statementGroups, type StatementGroup } from './statement-groups.ts';

/**
 * Says in words what a chart definition shows, one sentence a source, oldest first:
 * "Down from 58 weeks to 26 weeks (The Tri-borough story, 2013)." or
 * "83 families against a target of 1,720 families: 5% (The Tri-borough story, 2013)."
 */
export function definitionSummary(figures: readonly ChartFigure[], kind: ChartKind): string {
  if (kind === 'bars') return barsSummary(figures.map(latestItem));
  const sentence = kind === 'before-after' ? changeSentence : targetSentence;
  return statementGroups(figures)
    .map((group) => sentence(group, figures))
    .filter(Boolean)
    .join(' ');
}

function latestItem(figure: ChartFigure): SummaryItem {
  const latest = figure.statements.at(-1) as Statement;
  return { label: figure.label, value: latest.value, unit: figure.unit, qualifier: latest.qualifier };
}

/** The pair a source states: the first figure's statement, then the second's. */
function pair(group: StatementGroup, figures: readonly ChartFigure[]): [Statement, Statement, ChartFigure] | undefined {
  const [first, second] = figures;
  const a = group.entries.find((entry) => entry.figure === first);
  const b = group.entries.find((entry) => entry.figure === second);
  return a && b ? [a.statement, b.statement, a.figure] : undefined;
}

function changeSentence(group: StatementGroup, figures: readonly ChartFigure[]): string {
  const found = pair(group, figures);
  if (!found) return '';
  const [before, after, { unit }] = found;
  const [from, to] = [valueText({ ...before, unit }), valueText({ ...after, unit })];
  const direction = changeDirection(before, after);
  const change = direction === 'Unchanged' ? `Unchanged at ${to}` : `${direction} from ${from} to ${to}`;
  return `${change} (${group.heading}).`;
}

function changeDirection(before: Statement, after: Statement): 'Down' | 'Up' | 'Unchanged' | 'Changed' {
  const [b, a] = [bounds(before.value), bounds(after.value)];
  if (a.max < b.min) return 'Down';
  if (a.min > b.max) return 'Up';
  return a.min === b.min && a.max === b.max ? 'Unchanged' : 'Changed';
}

function targetSentence(group: StatementGroup, figures: readonly ChartFigure[]): string {
  const found = pair(group, figures);
  if (!found) return '';
  const [achieved, target, { unit }] = found;
  const share = shareText(achieved.value, target.value, achieved.qualifier);
  const text = valueText({ ...achieved, unit });
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} against a target of ${valueText({ ...target, unit })}: ${share} (${group.heading}).`;
}
