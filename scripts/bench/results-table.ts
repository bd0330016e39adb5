import type { CaseResult } from './case-result.ts';

const HEADER = ['case', 'runs', 'median ms', 'min', 'max', 'peak MB', 'bare median ms', 'ratio', 'ms per section', 'CPU ms'];

/**
 * The benchmark's main table, in Markdown (readable in a terminal too). The last column, median
 * user + system CPU time, moves much less than wall time when other work shares the machine.
 * @returns one row a case; a case that failed shows its error in place of numbers.
 */
export function resultsTable(cases: readonly CaseResult[]): string {
  const rows = cases.map((result) => (result.error ? [result.name, `failed: ${result.error.split('\n')[0]}`] : caseRow(result)));
  const lines = [HEADER, HEADER.map((_, index) => (index === 0 ? '---' : '---:')), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function caseRow(result: CaseResult): string[] {
  const { project, bare } = result;
  return [
    result.name,
    String(project?.runs ?? ''),
    whole(project?.medianMs),
    whole(project?.minMs),
    whole(project?.maxMs),
    whole(project?.peakMb),
    whole(bare?.medianMs),
    result.ratio === undefined ? '' : `${result.ratio.toFixed(1)}×`,
    result.msPerSection === undefined ? '' : result.msPerSection.toFixed(1),
    whole(project?.cpuMedianMs),
  ];
}

function whole(value: number | undefined): string {
  return value === undefined ? '–' : String(Math.round(value));
}
