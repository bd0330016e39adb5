import { reportCharts } from './report-charts.ts';

/**
 * The ids of every source a chart's values come from: every statement's, so a page with a
 * chart of both sources' baselines lists both. None when there is no such chart (the check
 * reports that).
 */
export function chartSourceIds(id: string): string[] {
  const chart = reportCharts().charts.get(id);
  return chart ? [...new Set(chart.sources.map((source) => source.id))] : [];
}
